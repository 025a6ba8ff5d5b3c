import { trace, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ExportCounter } from './micro-variant';
import { CountingSpanExporter } from './counting-span-exporter';

/**
 * A real NodeSDK set up like TelemetrySdk does it (one BatchSpanProcessor with its default queue
 * and batch sizes, AsyncLocalStorage context, parent-based always-on sampling, no metric or log
 * exporters), exporting to a counting exporter.
 */
export class TracingHarness {
  readonly exporter = new CountingSpanExporter();
  readonly processor = new BatchSpanProcessor(this.exporter);
  /** Passed to the NodeSDK, as TelemetrySdk does, so the runtime can read it directly. */
  readonly contextManager = new AsyncLocalStorageContextManager();
  private readonly sdk = new NodeSDK({
    contextManager: this.contextManager,
    serviceName: 'bench',
    resourceDetectors: [],
    spanProcessors: [this.processor],
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
  });

  start(): this {
    this.sdk.start();
    return this;
  }

  tracer(name = 'bench'): Tracer {
    return trace.getTracer(name);
  }

  /** Spans that reached the exporter, for the suite's exported == created check. */
  readonly spans: ExportCounter = {
    what: 'spans',
    count: () => this.exporter.exported,
    flush: () => this.processor.forceFlush(),
  };

  shutdown(): Promise<void> {
    return this.sdk.shutdown();
  }
}
