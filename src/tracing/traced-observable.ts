import { context, trace, type Context, type Span } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Observable } from 'rxjs';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { endSpan, failSpan, succeedSpan } from './finish-span';
import { STREAM_CANCELLED, STREAM_ITEM_COUNT } from './span-attributes';
import type { SpanPlan } from './span-plan';

/**
 * Wraps an Observable so its span lasts from subscribe to complete, error or unsubscribe; the
 * subscription runs inside the span's context, so work it starts becomes its children. The first
 * subscription uses the span opened by the call; each later one (retry, repeat) gets its own span
 * with the same name, parent and start attributes. Result fields read the last value.
 */
export function traceObservable<T>(
  rt: TelemetryRuntime,
  plan: SpanPlan,
  callSpan: Span,
  parentCtx: Context,
  callCtx: Context,
  source: Observable<T>,
): Observable<T> {
  let firstSubscription = true;
  // What the call recorded before returning (start fields, record() in its body): later
  // subscriptions start with it.
  const started = { ...(callSpan as unknown as Partial<ReadableSpan>).attributes };
  return new Observable<T>((subscriber) => {
    let span = callSpan;
    let ctx = callCtx;
    if (!firstSubscription) {
      span = rt.tracer.startSpan(plan.name, plan.options, parentCtx);
      if (span.isRecording()) span.setAttributes(started);
      ctx = trace.setSpan(parentCtx, span);
    }
    firstSubscription = false;
    let last: T | undefined;
    let items = 0;
    let ended = false;
    const subscription = context.with(ctx, () =>
      source.subscribe({
        next: (value) => {
          last = value;
          items++;
          subscriber.next(value);
        },
        error: (error: unknown) => {
          ended = true;
          span.setAttribute(STREAM_ITEM_COUNT, items);
          failSpan(rt, plan, span, error);
          subscriber.error(error);
        },
        complete: () => {
          ended = true;
          span.setAttribute(STREAM_ITEM_COUNT, items);
          succeedSpan(rt, plan, span, last);
          subscriber.complete();
        },
      }),
    );
    return () => {
      subscription.unsubscribe();
      if (ended) return;
      ended = true;
      span.setAttributes({ [STREAM_ITEM_COUNT]: items, [STREAM_CANCELLED]: true });
      endSpan(rt, plan, span);
    };
  });
}
