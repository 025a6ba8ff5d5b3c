import type { MetricLabels } from './metric-definition';
import { ValueMetricStore } from './value-metric-store';

/** A sum that goes up and down. Prometheus: a `gauge`; OTLP: a non-monotonic cumulative Sum. */
export class UpDownCounter extends ValueMetricStore {
  /** Adds `value` (may be negative; default 1) to the series of `labels`. Never throws. */
  add(value = 1, labels?: MetricLabels): void {
    if (!Number.isFinite(value)) return this.rejectValue(value, 'which is not a finite number');
    const series = this.seriesFor(labels);
    if (series !== undefined) series.value += value;
  }
}
