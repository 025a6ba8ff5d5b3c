import type {
  CollectCallback,
  MetricDefinitionBase,
  MetricKind,
  MetricLabels,
} from './metric-definition';
import { describeThrown } from '../../diagnostics/describe-thrown';
import type { SeriesIdentity } from './metric-series';
import type { MetricStoreContext } from './metric-store-context';
import { toPrometheusLabelName, toPrometheusName } from './prometheus-name';
import { overflowIdentity, seriesIdentity } from './series-identity';

const OVERFLOW_KEY = '\u0000overflow';

/**
 * The series of one metric, keyed by its label values, with a series cap. Past the cap, new
 * label sets share one overflow series labelled `otel_metric_overflow="true"`. Subclasses hold
 * the values; prom-client renders them through `get()`, the OTLP producer reads `series()`.
 */
export abstract class MetricStore<S extends SeriesIdentity> {
  readonly kind: MetricKind;
  readonly name: string;
  readonly unit: string;
  readonly help: string;
  readonly labelNames: readonly string[];
  /** The Prometheus name; `name` is kept as given for prom-client's registry. */
  readonly promName: string;
  protected readonly store = new Map<string, S>();
  private readonly promLabelNames: readonly string[];
  private readonly maxSeries: number;

  constructor(
    kind: MetricKind,
    readonly definition: MetricDefinitionBase & { collect?: CollectCallback },
    protected readonly context: MetricStoreContext,
    otelName: string,
  ) {
    this.kind = kind;
    this.name = otelName;
    this.unit = definition.unit ?? '';
    this.help = definition.help;
    this.labelNames = [...(definition.labelNames ?? [])];
    this.promLabelNames = this.labelNames.map(toPrometheusLabelName);
    this.promName = toPrometheusName(otelName, this.unit, kind);
    this.maxSeries = definition.maxSeries ?? context.defaultMaxSeries;
  }

  /** Every series, after running the collect callback if there is one. */
  async collectSeries(): Promise<S[]> {
    const collect = this.definition.collect;
    if (collect) await this.runCollect(collect);
    return [...this.store.values()];
  }

  /** Drops every series. */
  reset(): void {
    this.store.clear();
  }

  protected abstract newSeries(identity: SeriesIdentity): S;

  /**
   * The series of `labels`, created on first use (or the overflow series past the cap);
   * undefined, counted as `metric_invalid_labels`, when the labels cannot be read as text (a
   * Symbol, a throwing getter or `toString`): the observation is dropped, never thrown.
   */
  protected seriesFor(labels: MetricLabels | undefined): S | undefined {
    // Same key for a missing label, an undefined one and '' (they render the same series).
    let key = '';
    const names = this.labelNames;
    try {
      for (let i = 0; i < names.length; i++) key += (labels?.[names[i]] ?? '') + '\u0001';
      return this.store.get(key) ?? this.createSeries(key, labels);
    } catch (error) {
      this.rejectLabels(error);
      return undefined;
    }
  }

  private createSeries(key: string, labels: MetricLabels | undefined): S {
    if (this.store.size >= this.maxSeries) return this.overflowSeries();
    if (labels !== undefined) this.checkLabelNames(labels);
    const series = this.newSeries(seriesIdentity(this.labelNames, this.promLabelNames, labels));
    this.store.set(key, series);
    return series;
  }

  private overflowSeries(): S {
    this.context.onOverflow(this.promName);
    let series = this.store.get(OVERFLOW_KEY);
    if (!series) {
      series = this.newSeries(overflowIdentity());
      this.store.set(OVERFLOW_KEY, series);
    }
    return series;
  }

  private checkLabelNames(labels: MetricLabels): void {
    for (const name of Object.keys(labels)) {
      if (this.labelNames.includes(name)) continue;
      this.context.diagnostics.count('metric_unknown_label');
      this.context.diagnostics.warnOnce(
        `metric-label:${this.name}:${name}`,
        `Metric ${this.promName} got label "${name}", which its definition does not declare ` +
          `(declared: ${this.labelNames.join(', ') || 'none'}); the label is ignored.`,
      );
    }
  }

  private async runCollect(collect: CollectCallback): Promise<void> {
    this.store.clear();
    try {
      await collect((value, labels) => this.observe(value, labels));
    } catch (error) {
      this.context.diagnostics.count('metric_collect_failed');
      this.context.diagnostics.errorRateLimited(
        `metric-collect:${this.name}`,
        `The collect callback of metric ${this.promName} threw: ${(error as Error)?.message ?? String(error)}`,
      );
    }
  }

  /** Sets the current value of a series from a collect callback. */
  protected abstract observe(value: number, labels: MetricLabels | undefined): void;

  /** Counts a rejected value (NaN, negative for a counter) without throwing. */
  protected rejectValue(value: unknown, why: string): void {
    this.context.diagnostics.count('metric_invalid_value');
    this.context.diagnostics.warnOnce(
      `metric-value:${this.name}`,
      `Metric ${this.promName} got ${describeThrown(value)}, ${why}; the value is ignored.`,
    );
  }

  private rejectLabels(error: unknown): void {
    this.context.diagnostics.count('metric_invalid_labels');
    this.context.diagnostics.warnOnce(
      `metric-labels:${this.name}`,
      `Metric ${this.promName} got labels that cannot be read as text (${describeThrown(error)}); ` +
        'the observation is ignored. Label values must be strings, numbers or booleans.',
    );
  }
}
