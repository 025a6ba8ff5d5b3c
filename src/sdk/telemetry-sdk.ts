import { context, type ContextManager, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import type { Instrumentation } from '@opentelemetry/instrumentation';
import { hostDetector, processDetector } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { ExporterStatusRegistry } from '../diagnostics/exporter-status.registry';
import { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import { createResource } from './create-resource';
import { createSampler } from './create-sampler';
import { createSpanPipeline, type SpanPipeline } from './create-span-pipeline';
import { createHttpInstrumentations } from './create-http-instrumentations';
import { reportShutdownLoss } from './report-shutdown-loss';
import { tracesComponent } from './traces-component';
import type { TelemetryComponent } from './telemetry-component';
import { shutdownComponents } from './shutdown-components';

/** Name of the span exporter in /health and /metrics. */
export const SPAN_EXPORTER_NAME = 'otlp_traces';

/**
 * One app's OpenTelemetry SDK: a NodeSDK with exactly the exporters the config asks for (no
 * implicit OTLP metric or log exporters), plus the other pipeline parts registered as components.
 */
export class TelemetrySdk {
  readonly statuses = new ExporterStatusRegistry();
  readonly diagnostics = new TelemetryDiagnostics();
  private readonly components: TelemetryComponent[] = [];
  private instrumentations: Instrumentation[] = [];
  private nodeSdk: NodeSDK | undefined;
  private spans: SpanPipeline | undefined;
  private stopped = false;
  private manager: AsyncLocalStorageContextManager | undefined;

  constructor(readonly config: ResolvedTelemetryConfig) {}

  /**
   * The context manager this SDK gave its NodeSDK to register (once started). The API keeps a
   * manager registered before it instead; `contextReader` checks which one is registered.
   */
  get contextManager(): ContextManager | undefined {
    return this.manager;
  }

  get started(): boolean {
    return this.nodeSdk !== undefined && !this.stopped;
  }

  /**
   * Starts tracing (when enabled) and registers it with the OpenTelemetry API. Idempotent.
   * `adopted` are instrumentations already enabled by a preloaded SDK: they are pointed at the
   * new tracer provider instead of being registered again.
   */
  start(adopted?: Instrumentation[]): void {
    if (this.nodeSdk || !this.config.enabled || !this.config.traces.enabled) return;
    this.spans = createSpanPipeline(
      this.config,
      () => this.statuses.get(SPAN_EXPORTER_NAME),
      this.diagnostics,
    );
    this.instrumentations = adopted ?? this.config.instrumentations ?? createHttpInstrumentations();
    this.manager = new AsyncLocalStorageContextManager();
    this.nodeSdk = new NodeSDK({
      contextManager: this.manager,
      resource: createResource(this.config),
      resourceDetectors: [hostDetector, processDetector],
      sampler: createSampler(this.config),
      spanProcessors: [this.spans.processor, ...this.config.traces.spanProcessors],
      metricReaders: [],
      logRecordProcessors: [],
      instrumentations: adopted ? [] : this.instrumentations,
    });
    this.nodeSdk.start();
    for (const instrumentation of adopted ?? []) {
      instrumentation.setTracerProvider(trace.getTracerProvider());
    }
  }

  /**
   * Flushes and closes this SDK's pipeline but leaves its instrumentations enabled (their require
   * hooks can only be installed early), and returns them for the SDK that takes over.
   */
  async handOver(): Promise<Instrumentation[]> {
    const instrumentations = this.instrumentations;
    this.instrumentations = [];
    await this.shutdown();
    return instrumentations;
  }

  /** Adds a part (event pipeline, metric reader) to flush and close with the SDK. */
  addComponent(component: TelemetryComponent): void {
    this.components.push(component);
  }

  /** Sends every buffered span, event and metric. Never rejects. */
  async forceFlush(): Promise<void> {
    const processors = this.spans
      ? [this.spans.processor, ...this.config.traces.spanProcessors]
      : [];
    const parts = [...processors, ...this.components];
    await Promise.allSettled(parts.map((p) => p.forceFlush()));
  }

  /**
   * Flushes and closes everything within `config.shutdown.timeoutMs`, logs once what could not be
   * delivered (with counts), then clears the global API.
   */
  async shutdown(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const before = this.statuses.snapshots();
    const nodeSdk = this.nodeSdk;
    const parts: TelemetryComponent[] = [...this.components];
    if (nodeSdk) {
      this.spans?.hurry();
      parts.push(tracesComponent(nodeSdk, this.spans?.queue, this.diagnostics));
    }
    await shutdownComponents(parts, this.config.shutdown.timeoutMs, this.diagnostics);
    const queue = this.spans?.queue;
    const pendingSpans = queue ? queue.queued + queue.inFlight : 0;
    reportShutdownLoss(
      this.statuses,
      before,
      { [SPAN_EXPORTER_NAME]: pendingSpans },
      this.diagnostics,
    );
    if (!nodeSdk) return;
    for (const instrumentation of this.instrumentations) instrumentation.disable();
    trace.disable();
    context.disable();
    propagation.disable();
  }
}
