import { type Span, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { type BenchUser, SPAN_NAME, spanAttributes } from './bench-work';

function fail(span: Span, error: unknown): never {
  span.recordException(error as Error);
  span.setStatus({ code: SpanStatusCode.ERROR });
  throw error;
}

/** Hand-written `tracer.startActiveSpan` with the same attributes: the floor to compare with. */
export class RawSpanService {
  constructor(private readonly tracer: Tracer) {}

  work(user: BenchUser, items: number): number {
    const options = { attributes: spanAttributes(user, items) };
    return this.tracer.startActiveSpan(SPAN_NAME, options, (span) => {
      try {
        return user.id.length + items;
      } catch (error) {
        return fail(span, error);
      } finally {
        span.end();
      }
    });
  }
}

export class RawSpanAsyncService {
  constructor(private readonly tracer: Tracer) {}

  work(user: BenchUser, items: number): Promise<number> {
    const options = { attributes: spanAttributes(user, items) };
    return this.tracer.startActiveSpan(SPAN_NAME, options, async (span) => {
      try {
        return user.id.length + items;
      } catch (error) {
        return fail(span, error);
      } finally {
        span.end();
      }
    });
  }
}
