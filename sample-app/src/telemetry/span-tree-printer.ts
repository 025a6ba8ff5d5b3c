import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { formatSpanTree } from './format-span-tree';

const MAX_OPEN_TRACES = 1000;

/**
 * A span processor for development: collects the spans of each trace and, when the trace's local
 * root span (the HTTP server span) ends, prints the whole tree as a few compact lines.
 */
export class SpanTreePrinter implements SpanProcessor {
  private readonly traces = new Map<string, ReadableSpan[]>();

  constructor(private readonly write: (text: string) => void = (t) => process.stdout.write(t)) {}

  onStart(_span: Span, _parentContext: Context): void {}

  onEnd(span: ReadableSpan): void {
    const traceId = span.spanContext().traceId;
    const spans = this.traces.get(traceId) ?? [];
    spans.push(span);
    this.traces.set(traceId, spans);
    const parent = span.parentSpanContext;
    if (parent && !parent.isRemote) return this.evictOldest();
    this.traces.delete(traceId);
    this.write(formatSpanTree(spans) + '\n');
  }

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {
    this.traces.clear();
  }

  private evictOldest(): void {
    if (this.traces.size <= MAX_OPEN_TRACES) return;
    const oldest = this.traces.keys().next().value;
    if (oldest !== undefined) this.traces.delete(oldest);
  }
}
