import type { Registry } from 'prom-client';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import { MetricsRenderer, type RenderedMetrics } from './prometheus/render-metrics';
import type { Counter } from './registry/counter';
import { registerDefaultProcessMetrics } from './registry/default-process-metrics';
import type { Gauge } from './registry/gauge';
import type { Histogram } from './registry/histogram';
import { type AnyInstrument, MetricCatalog } from './registry/metric-catalog';
import type {
  CollectCallback,
  CounterDefinition,
  GaugeDefinition,
  HistogramDefinition,
  MetricDefinitionBase,
  MetricKind,
  UpDownCounterDefinition,
} from './registry/metric-definition';
import { toPrometheusLabelName } from './registry/prometheus-name';
import type { UpDownCounter } from './registry/up-down-counter';

/**
 * The app's metrics registry: define counters, histograms, gauges and up-down counters once; each
 * appears in `/metrics` (Prometheus) and in the OTLP metrics export. Defining the same metric
 * again returns the same instrument; a conflicting definition throws MetricDefinitionError.
 * One per app: two apps in one process never share series.
 *
 * @example
 * const orders = metrics.counter({ name: 'orders.placed', help: 'Orders placed', labelNames: ['channel'] });
 * orders.add(1, { channel: 'web' }); // myapp_orders_placed_total{channel="web"} with prefix 'myapp_'
 */
export class TelemetryMetrics {
  private readonly catalog: MetricCatalog;
  private readonly overflow: Counter;
  private readonly renderer: MetricsRenderer;

  constructor(
    readonly config: ResolvedTelemetryConfig['metrics'],
    private readonly diagnostics: TelemetryDiagnostics,
    exposeProcessMetrics: boolean,
  ) {
    this.catalog = new MetricCatalog({
      diagnostics,
      defaultMaxSeries: config.maxSeriesPerMetric,
      onOverflow: (name) => this.onOverflow(name),
    });
    this.registry.setDefaultLabels(promLabels(config.defaultLabels));
    this.renderer = new MetricsRenderer(this.registry);
    this.overflow = this.defineStandard('counter', {
      name: 'nestjs_telemetry.metric.series.overflow',
      help: 'Recordings that went to the overflow series because a metric reached its series cap.',
      labelNames: ['metric'],
    });
    if (exposeProcessMetrics) registerDefaultProcessMetrics(this.registry);
  }

  /** The app's own prom-client Registry; metrics you register in it appear in `/metrics` too. */
  get registry(): Registry {
    return this.catalog.registry;
  }

  /** A monotonic counter, `metrics.prefix` prepended to its name. */
  counter(def: CounterDefinition): Counter {
    return this.catalog.define('counter', this.config.prefix + def.name, def);
  }

  /** A histogram with explicit `buckets`, `metrics.prefix` prepended to its name. */
  histogram(def: HistogramDefinition): Histogram {
    return this.catalog.define('histogram', this.config.prefix + def.name, def);
  }

  /** A gauge, set directly or read by `collect`, `metrics.prefix` prepended to its name. */
  gauge(def: GaugeDefinition): Gauge {
    return this.catalog.define('gauge', this.config.prefix + def.name, def);
  }

  /** An up-down counter, `metrics.prefix` prepended to its name. */
  upDownCounter(def: UpDownCounterDefinition): UpDownCounter {
    return this.catalog.define('upDownCounter', this.config.prefix + def.name, def);
  }

  /** Renders `/metrics`: text format 0.0.4, or OpenMetrics 1.0. */
  render(openMetrics = false): Promise<RenderedMetrics> {
    return this.renderer.render(openMetrics);
  }

  /** Every instrument, for the OTLP producer. */
  instruments(): AnyInstrument[] {
    return this.catalog.instruments();
  }

  /**
   * Defines a metric whose name is fixed by a convention (`http.*`, `gen_ai.*`, this library's own
   * `nestjs_telemetry.*`): no prefix.
   * @internal
   */
  defineStandard<T extends AnyInstrument>(
    kind: MetricKind,
    def: MetricDefinitionBase & { buckets?: readonly number[]; collect?: CollectCallback },
  ): T {
    return this.catalog.define<T>(kind, def.name, def);
  }

  private onOverflow(promName: string): void {
    this.overflow.add(1, { metric: promName });
    this.diagnostics.warnOnce(
      `metric-overflow:${promName}`,
      `Metric ${promName} reached its series cap; new label sets are recorded in one series labelled ` +
        'otel_metric_overflow="true". Use labels with fewer values (route templates, not raw URLs), or raise maxSeries.',
    );
  }
}

function promLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [toPrometheusLabelName(k), v]));
}
