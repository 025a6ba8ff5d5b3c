import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';

/** An in-memory exporter that keeps its spans when the app shuts down, so tests can read them after `app.close()`. */
export class KeptInMemorySpanExporter extends InMemorySpanExporter {
  override shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
