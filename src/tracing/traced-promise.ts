import type { Span } from '@opentelemetry/api';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { failSpan, succeedSpan } from './finish-span';
import type { SpanPlan } from './span-plan';

/**
 * Ends the span when the promise settles. Returns the derived promise, which settles with the same
 * value or the same error object, so an unhandled rejection stays unhandled.
 */
export function tracePromise<T>(
  rt: TelemetryRuntime,
  plan: SpanPlan,
  span: Span,
  promise: Promise<T>,
): Promise<T> {
  return promise.then(
    (value) => {
      succeedSpan(rt, plan, span, value);
      return value;
    },
    (error: unknown) => {
      failSpan(rt, plan, span, error);
      throw error;
    },
  );
}
