import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/**
 * A span processor that keeps every finished span in memory, synchronously in `onEnd` (an
 * exporter behind a SimpleSpanProcessor would wait for async resource attributes first). Spans
 * survive the app's shutdown, so tests can read them after `app.close()`.
 */
export class RecordingSpanProcessor implements SpanProcessor {
  private finished: ReadableSpan[] = [];

  /** Finished spans, in the order they ended. */
  get spans(): readonly ReadableSpan[] {
    return this.finished;
  }

  onStart(_span: Span, _parentContext: Context): void {}

  onEnd(span: ReadableSpan): void {
    this.finished.push(span);
  }

  reset(): void {
    this.finished = [];
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
