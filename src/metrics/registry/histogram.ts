import type { HistogramDefinition, MetricLabels } from './metric-definition';
import type { HistogramSeries, SeriesIdentity } from './metric-series';
import { MetricStore } from './metric-store';

/** A histogram with explicit buckets. Prometheus `histogram`; OTLP explicit-bucket Histogram. */
export class Histogram extends MetricStore<HistogramSeries> {
  declare readonly definition: HistogramDefinition & { buckets: readonly number[] };

  /** Upper bounds of the buckets (without +Inf). */
  get buckets(): readonly number[] {
    return this.definition.buckets;
  }

  /** Records one observation (must be finite) in the series of `labels`. Never throws. */
  record(value: number, labels?: MetricLabels): void {
    if (!Number.isFinite(value)) return this.rejectValue(value, 'which is not a finite number');
    const series = this.seriesFor(labels);
    if (series === undefined) return;
    const bounds = this.definition.buckets;
    let i = 0;
    while (i < bounds.length && value > bounds[i]) i++;
    series.counts[i]++;
    series.sum += value;
    series.count++;
    if (value < series.min) series.min = value;
    if (value > series.max) series.max = value;
  }

  /** Starts a timer; calling the returned function records the elapsed seconds. */
  startTimer(labels?: MetricLabels): (endLabels?: MetricLabels) => number {
    const start = process.hrtime.bigint();
    return (endLabels) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      this.record(seconds, endLabels ? { ...labels, ...endLabels } : labels);
      return seconds;
    };
  }

  protected newSeries(identity: SeriesIdentity): HistogramSeries {
    return {
      ...identity,
      counts: new Float64Array(this.definition.buckets.length + 1),
      sum: 0,
      count: 0,
      min: Infinity,
      max: -Infinity,
    };
  }

  protected observe(value: number, labels: MetricLabels | undefined): void {
    this.record(value, labels);
  }
}
