import { context, type Context, type Span } from '@opentelemetry/api';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { endSpan, failSpan, succeedSpan } from './finish-span';
import {
  STREAM_CANCELLED,
  STREAM_ITEM_COUNT,
  STREAM_TIME_TO_FIRST_ITEM_MS,
} from './span-attributes';
import type { SpanPlan } from './span-plan';

/**
 * An async iterator whose span ends when the iteration completes, fails or is stopped early
 * (`return()`, e.g. `break` in `for await`). Each step runs inside the span's context, so work
 * the generator does becomes its children. Records the item count and the time to the first item.
 */
export class TracedAsyncIterator<T> implements AsyncIterableIterator<T> {
  private items = 0;
  private ended = false;
  private readonly startedAt = performance.now();

  constructor(
    private readonly rt: TelemetryRuntime,
    private readonly plan: SpanPlan,
    private readonly span: Span,
    private readonly ctx: Context,
    private readonly inner: AsyncIterator<T>,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(...value: [] | [unknown]): Promise<IteratorResult<T>> {
    return this.step(() => this.inner.next(...value));
  }

  return(value?: unknown): Promise<IteratorResult<T>> {
    const inner = this.inner;
    if (!this.ended) {
      this.ended = true;
      this.span.setAttributes({ [STREAM_ITEM_COUNT]: this.items, [STREAM_CANCELLED]: true });
      endSpan(this.rt, this.plan, this.span);
    }
    if (typeof inner.return !== 'function')
      return Promise.resolve({ done: true, value: value as T });
    return context.with(this.ctx, () => inner.return!(value as T));
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    const inner = this.inner;
    if (typeof inner.throw !== 'function') {
      this.fail(error);
      return Promise.reject(error);
    }
    return this.step(() => inner.throw!(error));
  }

  private step(advance: () => Promise<IteratorResult<T>>): Promise<IteratorResult<T>> {
    if (this.ended) return advance();
    let pending: Promise<IteratorResult<T>>;
    try {
      pending = context.with(this.ctx, advance);
    } catch (error) {
      this.fail(error);
      return Promise.reject(error);
    }
    return Promise.resolve(pending).then(
      (result) => this.onResult(result),
      (error: unknown) => {
        this.fail(error);
        throw error;
      },
    );
  }

  private onResult(result: IteratorResult<T>): IteratorResult<T> {
    if (this.ended) return result;
    if (result.done) {
      this.ended = true;
      this.span.setAttribute(STREAM_ITEM_COUNT, this.items);
      succeedSpan(this.rt, this.plan, this.span, result.value);
      return result;
    }
    if (this.items++ === 0)
      this.span.setAttribute(STREAM_TIME_TO_FIRST_ITEM_MS, performance.now() - this.startedAt);
    return result;
  }

  private fail(error: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.span.setAttribute(STREAM_ITEM_COUNT, this.items);
    failSpan(this.rt, this.plan, this.span, error);
  }
}
