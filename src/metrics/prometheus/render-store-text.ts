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

  /** The series' own labels plus every default label it does not set itself. */
  withDefaults(series: SeriesIdentity): string {
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

/** Text lines of value series (counter, gauge). */
export function renderValueSeries(
  name: string,
  series: ValueSeries[],
  defaults: DefaultLabelsText,
): string[] {
  return series.map((s) => sampleLine(name, defaults.withDefaults(s), s.value));
}

/** Text lines of histogram series: cumulative `_bucket` lines with `le`, then `_sum` and `_count`. */
export function renderHistogramSeries(
  name: string,
  bounds: readonly string[],
  series: HistogramSeries[],
  defaults: DefaultLabelsText,
): string[] {
  const lines: string[] = [];
  for (const s of series) {
    const labels = defaults.withDefaults(s);
    const prefix = labels ? `${name}_bucket{${labels},le="` : `${name}_bucket{le="`;
    let cumulative = 0;
    for (let i = 0; i < bounds.length; i++) {
      cumulative += s.counts[i];
      lines.push(`${prefix}${bounds[i]}"} ${cumulative}`);
    }
    lines.push(`${prefix}+Inf"} ${s.count}`);
    lines.push(
      sampleLine(`${name}_sum`, labels, s.sum),
      sampleLine(`${name}_count`, labels, s.count),
    );
  }
  return lines;
}
