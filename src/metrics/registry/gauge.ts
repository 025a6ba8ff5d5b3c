import type { MetricLabels } from './metric-definition';
import { ValueMetricStore } from './value-metric-store';

/** A current value, set directly or read by a collect callback. Prometheus `gauge`; OTLP Gauge. */
export class Gauge extends ValueMetricStore {
  /** Sets the series of `labels` to `value`. Never throws. */
  set(value: number, labels?: MetricLabels): void {
    if (!Number.isFinite(value)) return this.rejectValue(value, 'which is not a finite number');
    const series = this.seriesFor(labels);
    if (series !== undefined) series.value = value;
  }
}
