import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { ExportBackoff } from './export-backoff';

interface WaitingExport {
  timer: NodeJS.Timeout;
  send: () => void;
}

/**
 * Holds an export back while the backoff says so; the batch processor keeps queueing meanwhile
 * (bounded, drops counted). `hurry()` sends everything at once: shutdown must not wait a backoff out.
 */
export class BackoffSpanExporter implements SpanExporter {
  private readonly waiting = new Set<WaitingExport>();
  private hurried = false;

  constructor(
    private readonly inner: SpanExporter,
    private readonly backoff: ExportBackoff,
  ) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    const send = () => this.send(spans, done);
    const wait = this.hurried ? 0 : this.backoff.delay();
    if (wait === 0) return send();
    const entry: WaitingExport = {
      timer: setTimeout(() => {
        this.waiting.delete(entry);
        send();
      }, wait),
      send,
    };
    entry.timer.unref();
    this.waiting.add(entry);
  }

  /** From now on exports go at once, and those waiting go now. */
  hurry(): void {
    this.hurried = true;
    for (const entry of this.waiting) {
      clearTimeout(entry.timer);
      entry.send();
    }
    this.waiting.clear();
  }

  shutdown(): Promise<void> {
    this.hurry();
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }

  private send(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    const finish = (result: ExportResult) => {
      if (result.code === ExportResultCode.SUCCESS) this.backoff.recordSuccess();
      else this.backoff.recordFailure();
      done(result);
    };
    try {
      this.inner.export(spans, finish);
    } catch (error) {
      finish({ code: ExportResultCode.FAILED, error: error as Error });
    }
  }
}
