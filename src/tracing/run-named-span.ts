import { context, INVALID_SPAN_CONTEXT, trace, type Span } from '@opentelemetry/api';
import { getActiveRuntime } from '../runtime/active-runtime';
import { buildSpanPlan } from './build-span-plan';
import { Empty } from './empty-field';
import type { TelemetrySpanOptions } from './span-options';
import { traceCall } from './trace-call';

/** What `fn` gets when tracing is off: a span that records nothing. */
const NON_RECORDING_SPAN: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * Runs `fn` inside a new span named `name` (a stage span around a block), with the same
 * return-kind handling as `@Instrument`: a sync result stays sync, a Promise ends the span when it
 * settles, an Observable or async generator when it completes. `fn` receives the span.
 */
export function runNamedSpan<T>(
  name: string,
  fn: (span: Span) => T,
  options: TelemetrySpanOptions = {},
): T {
  const rt = getActiveRuntime();
  if (rt === undefined || !rt.tracingEnabled) return fn(NON_RECORDING_SPAN);
  const emptyFields: string[] = [];
  const startFields = [];
  for (const [key, value] of Object.entries(options.fields ?? {})) {
    if (value === Empty) emptyFields.push(key);
    else startFields.push({ key, extract: () => value, fromThis: false });
  }
  const plan = buildSpanPlan({ ...options, name, startFields, emptyFields });
  const parentCtx = context.active();
  if (rt.sampledOut.test(parentCtx)) return fn(trace.getSpan(parentCtx)!);
  return traceCall(rt, plan, parentCtx, callWithActiveSpan, undefined, [fn]) as T;
}

function callWithActiveSpan<T>(fn: (span: Span) => T): T {
  return fn(trace.getActiveSpan() ?? NON_RECORDING_SPAN);
}
