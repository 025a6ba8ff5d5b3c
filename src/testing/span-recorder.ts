import { RecordingSpanProcessor } from './recording-span-processor';
import { toRecordedSpan, type RecordedSpan } from './recorded-span';
import { spanMismatches, type SpanExpectation } from './span-expectation';

/**
 * Collects every finished span in memory (readable as soon as it ends) and answers questions about them: find a span by name, its parent, its
 * children, its fields, its status. Get it from `TelemetryTestingModule` with
 * `app.get(SpanRecorder)`, or pass `recorder.processor` in `traces.spanProcessors` yourself.
 */
export class SpanRecorder {
  /** The span processor to register (TelemetryTestingModule does it). */
  readonly processor = new RecordingSpanProcessor();

  /** Finished spans in the order they ended, optionally only those named `name`. */
  spans(name?: string): RecordedSpan[] {
    const all = this.processor.spans.map(toRecordedSpan);
    return name === undefined ? all : all.filter((s) => s.name === name);
  }

  /** The first finished span named `name`; throws, listing what was recorded, if there is none. */
  get(name: string): RecordedSpan {
    const span = this.spans(name)[0];
    if (span === undefined)
      throw new Error(
        `No span named "${name}" ended. Recorded: ${this.names().join(', ') || 'none'}`,
      );
    return span;
  }

  /** The parent of `span`, if it was recorded. */
  parentOf(span: RecordedSpan): RecordedSpan | undefined {
    return this.spans().find((s) => s.spanId === span.parentSpanId && s.traceId === span.traceId);
  }

  /** The recorded children of `span`. */
  childrenOf(span: RecordedSpan): RecordedSpan[] {
    return this.spans().filter((s) => s.parentSpanId === span.spanId && s.traceId === span.traceId);
  }

  /** Asserts that a span named `name` ended and matches `expected`; returns it. */
  expectSpan(name: string, expected: SpanExpectation = {}): RecordedSpan {
    const span = this.get(name);
    const problems = spanMismatches(span, this.parentOf(span), expected);
    if (problems.length > 0)
      throw new Error(`Span "${name}" does not match:\n  - ${problems.join('\n  - ')}`);
    return span;
  }

  /** Waits until `count` spans named `name` ended (spans of streams end after the response). */
  async waitForSpans(name: string, count = 1, timeoutMs = 5000): Promise<RecordedSpan[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.spans(name).length < count) {
      if (Date.now() > deadline)
        throw new Error(
          `Waited ${timeoutMs} ms for ${count} "${name}" spans; recorded: ${this.names().join(', ')}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.spans(name);
  }

  /** Forgets every recorded span. */
  reset(): void {
    this.processor.reset();
  }

  private names(): string[] {
    return this.spans().map((s) => s.name);
  }
}
