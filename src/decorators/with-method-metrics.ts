import { types } from 'node:util';
import { getActiveRuntime } from '../runtime/active-runtime';
import type { RuntimeMetricsSink } from '../metrics/runtime-metrics-sink';
import { copyMetadata } from './copy-metadata';

/**
 * Wraps `fn` so every call (sampled or not, traced or not) lands in the RED metrics
 * `method_calls_total` / `method_duration_seconds` of the running module: `@Instrument({ red: true })`.
 * Sync calls and native Promises are timed until they return or settle (the promise returned
 * settles the same way, with the same value or error object); an Observable or async iterable is
 * counted when it is returned. With no module or metrics off it only forwards.
 */
export function withMethodMetrics<F extends (...args: any[]) => any>(
  fn: F,
  className: string,
  method: string,
): F {
  const wrapped = function (this: unknown): unknown {
    const sink = getActiveRuntime()?.metrics;
    // eslint-disable-next-line prefer-rest-params
    if (sink === undefined) return fn.apply(this, arguments as any);
    const start = performance.now();
    let result: unknown;
    try {
      // eslint-disable-next-line prefer-rest-params
      result = fn.apply(this, arguments as any);
    } catch (error) {
      record(sink, className, method, start, error);
      throw error;
    }
    if (!types.isPromise(result)) {
      record(sink, className, method, start, undefined);
      return result;
    }
    // Chained, not a side branch: a handler on the caller's promise would mark its rejection
    // handled, and one the caller drops would no longer be reported (or end the process).
    return result.then(
      (value: unknown) => {
        record(sink, className, method, start, undefined);
        return value;
      },
      (error: unknown) => {
        record(sink, className, method, start, error);
        throw error;
      },
    );
  };
  copyMetadata(fn, wrapped);
  return wrapped as unknown as F;
}

/** Records one call; a failure (an error whose type cannot be read) is counted, not thrown. */
function record(
  sink: RuntimeMetricsSink,
  className: string,
  method: string,
  start: number,
  error: unknown,
): void {
  try {
    sink.recordMethodCall({
      className,
      method,
      durationS: (performance.now() - start) / 1000,
      error,
    });
  } catch {
    getActiveRuntime()?.diagnostics.count('method_metrics_failed');
  }
}
