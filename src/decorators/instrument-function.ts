import { getActiveRuntime } from '../runtime/active-runtime';
import type { SpanPlan } from '../tracing/span-plan';
import { traceCall } from '../tracing/trace-call';
import { copyMetadata } from './copy-metadata';

/** Marks a function made by `instrumentFunction`, so a class-level `@Instrument` skips it. */
export const INSTRUMENTED = Symbol.for('nestjs-telemetry.instrumented');

/**
 * Wraps `original` so each call runs in a span described by `plan` (built once, here). With no
 * running TelemetryModule or tracing disabled the wrapper only forwards the call: one global
 * read, one boolean test, no allocation.
 */
export function instrumentFunction<F extends (...args: any[]) => any>(
  original: F,
  plan: SpanPlan,
): F {
  const wrapped = function (this: unknown): unknown {
    const rt = getActiveRuntime();
    // eslint-disable-next-line prefer-rest-params
    if (rt === undefined || !rt.tracingEnabled) return original.apply(this, arguments as any);
    // eslint-disable-next-line prefer-rest-params
    return traceCall(rt, plan, original, this, arguments);
  };
  copyMetadata(original, wrapped);
  Object.defineProperty(wrapped, INSTRUMENTED, { value: true });
  return wrapped as unknown as F;
}
