import { Inject, Injectable } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import type { ResolvedTelemetryConfig } from './config/resolved-telemetry-config';
import { GenAiMetrics } from './metrics/genai/gen-ai-metrics';
import type { TokenUsage } from './metrics/genai/token-usage';
import type { Counter } from './metrics/registry/counter';
import type { Gauge } from './metrics/registry/gauge';
import type { Histogram } from './metrics/registry/histogram';
import type {
  CounterDefinition,
  GaugeDefinition,
  HistogramDefinition,
  UpDownCounterDefinition,
} from './metrics/registry/metric-definition';
import type { UpDownCounter } from './metrics/registry/up-down-counter';
import { TelemetryMetrics } from './metrics/telemetry-metrics';
import { TELEMETRY_CONFIG } from './telemetry.constants';

/**
 * The one injectable entry point of nestjs-telemetry: tracing helpers, metrics, events and
 * health registration. Safe to call when telemetry is disabled: every call is then a no-op.
 */
@Injectable()
export class TelemetryService {
  constructor(
    @Inject(TELEMETRY_CONFIG) readonly config: ResolvedTelemetryConfig,
    @Inject(TelemetryMetrics) readonly metrics: TelemetryMetrics,
    @Inject(GenAiMetrics) private readonly genAi: GenAiMetrics,
  ) {}

  /** Whether telemetry is enabled for this app. */
  get enabled(): boolean {
    return this.config.enabled;
  }

  /** Trace id of the active span, for log correlation; undefined outside a span. */
  traceId(): string | undefined {
    return trace.getActiveSpan()?.spanContext().traceId;
  }

  /** Span id of the active span; undefined outside a span. */
  spanId(): string | undefined {
    return trace.getActiveSpan()?.spanContext().spanId;
  }

  /** A counter in `/metrics` and OTLP (see TelemetryMetrics.counter). */
  counter(def: CounterDefinition): Counter {
    return this.metrics.counter(def);
  }

  /** A histogram with custom buckets (see TelemetryMetrics.histogram). */
  histogram(def: HistogramDefinition): Histogram {
    return this.metrics.histogram(def);
  }

  /** A gauge, set directly or by a collect callback (see TelemetryMetrics.gauge). */
  gauge(def: GaugeDefinition): Gauge {
    return this.metrics.gauge(def);
  }

  /** An up-down counter (see TelemetryMetrics.upDownCounter). */
  upDownCounter(def: UpDownCounterDefinition): UpDownCounter {
    return this.metrics.upDownCounter(def);
  }

  /** Records a GenAI call's tokens, duration and estimated cost (`gen_ai.client.*` metrics). */
  recordTokenUsage(usage: TokenUsage): void {
    this.genAi.recordTokenUsage(usage);
  }
}
