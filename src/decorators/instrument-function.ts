import type { Context } from '@opentelemetry/api';
import { getActiveRuntime } from '../runtime/active-runtime';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import type { SpanPlan } from '../tracing/span-plan';
import { isNativeAsyncFunction } from '../tracing/return-kind';
import { traceCall } from '../tracing/trace-call';
import { copyMetadata } from './copy-metadata';
import { gatedWrapper } from './gated-wrapper';

/**
 * Reflect-metadata key marking a method that has its own `@Instrument`, so a class-level
 * `@Instrument` skips it. Metadata, unlike a property, survives other wrapping decorators
 * (`@TrackEvent` above `@Instrument`) that copy metadata.
 */
export const INSTRUMENTED_METADATA = 'nestjs-telemetry:instrumented';

/** Whether `method` (or a function it was copied into) was made by `instrumentFunction`. */
export function isInstrumented(method: object): boolean {
  const reflect = Reflect as typeof Reflect & { getMetadata?: (k: unknown, t: object) => unknown };
  return reflect.getMetadata?.(INSTRUMENTED_METADATA, method) === true;
}

/**
 * Wraps `original` so each call runs in a span described by `plan` (built once, here). With no
 * running TelemetryModule or tracing disabled the wrapper only forwards the call: one global
 * read, one boolean test, no allocation. Inside a sampled-out trace it also only forwards, after
 * reading the active context.
 */
export function instrumentFunction<F extends (...args: any[]) => any>(
  original: F,
  plan: SpanPlan,
): F {
  // The gate hands the runtime and parent context it read to `traced` through these two slots,
  // read back synchronously at its start, so the forwarding paths allocate nothing.
  let handedRuntime: TelemetryRuntime | undefined;
  let handedContext: Context | undefined;
  const isAsync = isNativeAsyncFunction(original);
  const gate = (): boolean => {
    const rt = getActiveRuntime();
    if (rt === undefined || !rt.tracingEnabled) return false;
    const parentCtx = rt.activeContext();
    if (rt.sampledOut.test(parentCtx)) return false;
    handedRuntime = rt;
    handedContext = parentCtx;
    return true;
  };
  const traced = function (this: unknown): unknown {
    const rt = handedRuntime!;
    const parentCtx = handedContext!;
    handedRuntime = handedContext = undefined;
    // eslint-disable-next-line prefer-rest-params
    return traceCall(rt, plan, parentCtx, original, this, arguments, isAsync);
  };
  const wrapped = gatedWrapper(original, gate, traced);
  copyMetadata(original, wrapped);
  const reflect = Reflect as typeof Reflect & {
    defineMetadata?: (k: unknown, v: unknown, t: object) => void;
  };
  reflect.defineMetadata?.(INSTRUMENTED_METADATA, true, wrapped);
  return wrapped;
}
