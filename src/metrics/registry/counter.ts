import type { MetricLabels } from './metric-definition';
import { ValueMetricStore } from './value-metric-store';

/** A monotonic counter. Prometheus: `<name>[_<unit>]_total`; OTLP: a monotonic cumulative Sum. */
export class Counter extends ValueMetricStore {
  /** Adds `value` (default 1, must be >= 0) to the series of `labels`. Never throws. */
  add(value = 1, labels?: MetricLabels): void {
    if (typeof value !== 'number' || !(value >= 0) || value === Infinity) {
      return this.rejectValue(value, 'but a counter only accepts finite values >= 0');
    }
    const series = this.seriesFor(labels);
    if (series !== undefined) series.value += value;
  }
}
