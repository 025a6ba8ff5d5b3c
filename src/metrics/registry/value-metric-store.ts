import type { MetricLabels } from './metric-definition';
import type { SeriesIdentity, ValueSeries } from './metric-series';
import { MetricStore } from './metric-store';

/** Series holding one number: counters, gauges and up-down counters. */
export abstract class ValueMetricStore extends MetricStore<ValueSeries> {
  protected newSeries(identity: SeriesIdentity): ValueSeries {
    return { ...identity, value: 0 };
  }

  protected observe(value: number, labels: MetricLabels | undefined): void {
    if (!Number.isFinite(value)) return this.rejectValue(value, 'which is not a finite number');
    const series = this.seriesFor(labels);
    if (series !== undefined) series.value = value;
  }
}
