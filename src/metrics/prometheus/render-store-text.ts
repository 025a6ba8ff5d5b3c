import type { HistogramSeries, SeriesIdentity, ValueSeries } from '../registry/metric-series';
import { escapeHelp, formatLabels, sampleLine } from './text-format';

/** The default labels of a registry, pre-rendered, and how to add them to one series. */
export class DefaultLabelsText {
  private readonly all: string;
  private readonly entries: [string, string][];

  constructor(labels: Readonly<Record<string, string>>) {
    this.entries = Object.entries(labels);
    this.all = formatLabels(labels);
  }

  /** The series' own labels plus every default label it does not set itself (cached on the series). */
  withDefaults(series: SeriesIdentity): string {
    const cached = series.renderedLabels;
    if (cached !== undefined && cached.defaults === this) return cached.text;
    const text = this.compute(series);
    series.renderedLabels = { defaults: this, text };
    return text;
  }

  private compute(series: SeriesIdentity): string {
    const own = series.labelText;
    if (!this.all) return own;
    let defaults = this.all;
    if (this.entries.some(([k]) => k in series.promLabels)) {
      defaults = formatLabels(
        Object.fromEntries(this.entries.filter(([k]) => !(k in series.promLabels))),
      );
    }
    return own && defaults ? `${own},${defaults}` : own || defaults;
  }
}

/** `# HELP` and `# TYPE` lines of a family. */
export function familyHeader(name: string, help: string, type: string): string {
  return `# HELP ${name} ${escapeHelp(help)}\n# TYPE ${name} ${type}`;
}

/** Sample lines of value series (counter, gauge), each preceded by a newline. */
export function renderValueSeries(
  name: string,
  series: ValueSeries[],
  defaults: DefaultLabelsText,
): string {
  let out = '';
  for (const s of series) out += `\n${sampleLine(name, defaults.withDefaults(s), s.value)}`;
  return out;
}

/**
 * Sample lines of histogram series, each preceded by a newline: cumulative `_bucket` lines with
 * `le`, then `_sum` and `_count`. Built by concatenation: a 10k-series histogram has ~170k lines.
 */
export function renderHistogramSeries(
  name: string,
  bounds: readonly string[],
  series: HistogramSeries[],
  defaults: DefaultLabelsText,
): string {
  let out = '';
  for (const s of series) {
    const labels = defaults.withDefaults(s);
    const prefix = labels ? `\n${name}_bucket{${labels},le="` : `\n${name}_bucket{le="`;
    let cumulative = 0;
    for (let i = 0; i < bounds.length; i++) {
      cumulative += s.counts[i];
      out += `${prefix}${bounds[i]}"} ${cumulative}`;
    }
    out += `${prefix}+Inf"} ${s.count}`;
    out += `\n${sampleLine(`${name}_sum`, labels, s.sum)}\n${sampleLine(`${name}_count`, labels, s.count)}`;
  }
  return out;
}
