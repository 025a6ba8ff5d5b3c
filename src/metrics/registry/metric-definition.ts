/** Label values of one recording, keyed by the label names of the definition. */
export type MetricLabels = Readonly<Record<string, string | number | boolean | undefined>>;

/** The four instrument kinds of the registry. */
export type MetricKind = 'counter' | 'histogram' | 'gauge' | 'upDownCounter';

/** What every metric definition has. */
export interface MetricDefinitionBase {
  /**
   * OpenTelemetry-style name, e.g. `orders.placed` or `checkout.duration`. The Prometheus name is
   * derived from it like the OpenTelemetry Prometheus exporter does: dots become underscores, the
   * unit is appended (`_seconds`, `_bytes`) and counters end in `_total`.
   */
  name: string;
  /** Help text (`# HELP`), the OpenTelemetry description. */
  help: string;
  /** UCUM unit, e.g. `s`, `By`, `{request}`. @default '' */
  unit?: string;
  /** Names of the labels (attributes) a recording may carry. @default [] */
  labelNames?: readonly string[];
  /** Series cap of this metric; past it, new label sets go to one overflow series. @default metrics.maxSeriesPerMetric */
  maxSeries?: number;
}

/** Reports observed values at collection time (scrape or OTLP export). */
export type ObserveFn = (value: number, labels?: MetricLabels) => void;

/** A callback run at every collection; it reports current values through `observe`. */
export type CollectCallback = (observe: ObserveFn) => void | Promise<void>;

/** A monotonic counter (Prometheus `counter`, OTLP monotonic cumulative Sum). */
export interface CounterDefinition extends MetricDefinitionBase {
  /** Reads absolute totals at collection time (an observable counter) instead of `add()`. */
  collect?: CollectCallback;
}

/** A histogram with explicit bucket boundaries. */
export interface HistogramDefinition extends MetricDefinitionBase {
  /** Upper bounds of the buckets, increasing. @default the OpenTelemetry default boundaries */
  buckets?: readonly number[];
}

/** A value that is set, or read by a callback at collection time. */
export interface GaugeDefinition extends MetricDefinitionBase {
  /** Reads current values at collection time (an observable gauge). */
  collect?: CollectCallback;
}

/** A sum that goes up and down (Prometheus `gauge`, OTLP non-monotonic Sum). */
export interface UpDownCounterDefinition extends MetricDefinitionBase {
  /** Reads absolute values at collection time (an observable up-down counter). */
  collect?: CollectCallback;
}

/** The OpenTelemetry SDK's default explicit histogram boundaries. */
export const DEFAULT_HISTOGRAM_BUCKETS: readonly number[] = Object.freeze([
  0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000,
]);
