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

/**
 * The same span ended when the method's promise settles, as any wrapper of an async method must
 * end it (it cannot reach into the method's body): one more promise and one more reaction than
 * RawSpanAsyncService, whose span ends synchronously inside its own async callback.
 */
export class RawSpanSettledService {
  constructor(private readonly tracer: Tracer) {}

  work(user: BenchUser, items: number): Promise<number> {
    const options = { attributes: spanAttributes(user, items) };
    return this.tracer.startActiveSpan(SPAN_NAME, options, (span) => {
      let result: Promise<number>;
      try {
        result = this.method(user, items);
      } catch (error) {
        span.end();
        return fail(span, error);
      }
      return result.then(
        (value) => {
          span.end();
          return value;
        },
        (error: unknown) => {
          span.end();
          return fail(span, error);
        },
      );
    });
  }

  private async method(user: BenchUser, items: number): Promise<number> {
    return user.id.length + items;
  }
}
