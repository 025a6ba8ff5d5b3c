import type { Attributes, HrTime } from '@opentelemetry/api';

/** Label set of one series, in both spellings, plus when it started. */
export interface SeriesIdentity {
  /** Prometheus label name → value. */
  readonly promLabels: Record<string, string>;
  /** OpenTelemetry attribute name → value. */
  readonly attributes: Attributes;
  /** The Prometheus labels pre-rendered for the text format: `a="1",b="2"`. */
  readonly labelText: string;
  readonly startTime: HrTime;
  /** `labelText` with a registry's default labels, cached by the text renderer. */
  renderedLabels?: { readonly defaults: object; readonly text: string };
}

/** One series of a counter, gauge or up-down counter. */
export interface ValueSeries extends SeriesIdentity {
  value: number;
}

/** One series of a histogram; `counts` are per bucket (not cumulative), the last one is +Inf. */
export interface HistogramSeries extends SeriesIdentity {
  readonly counts: Float64Array;
  sum: number;
  count: number;
  min: number;
  max: number;
}

/** The attribute OpenTelemetry puts on the overflow series of a metric past its cardinality limit. */
export const OVERFLOW_ATTRIBUTE = 'otel.metric.overflow';
/** Its Prometheus spelling. */
export const OVERFLOW_LABEL = 'otel_metric_overflow';
