import { type Context, INVALID_TRACEID, trace, TraceFlags } from '@opentelemetry/api';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { recordStartFields } from './record-fields';
import { runInSpan } from './run-in-span';
import type { SpanPlan } from './span-plan';

/**
 * True inside a trace whose parent was sampled out, with parent-based sampling: a child span
 * would be dropped anyway, so the call should run directly (no span, no new context, no field
 * extraction). A parent with an invalid context counts as no parent (the root sampler decides).
 */
export function isSampledOut(rt: TelemetryRuntime, parentCtx: Context): boolean {
  const parent = trace.getSpan(parentCtx);
  if (parent === undefined || !rt.config.traces.parentBased) return false;
  const parentContext = parent.spanContext();
  return (
    (parentContext.traceFlags & TraceFlags.SAMPLED) === 0 &&
    parentContext.traceId !== INVALID_TRACEID
  );
}

/**
 * Runs one traced call as a child of `parentCtx` (which the caller checked with `isSampledOut`):
 * starts the plan's span, records the start fields, and hands over to `runInSpan`.
 */
export function traceCall(
  rt: TelemetryRuntime,
  plan: SpanPlan,
  parentCtx: Context,
  fn: (...args: any[]) => unknown,
  self: unknown,
  args: ArrayLike<unknown>,
): unknown {
  const span = rt.tracer.startSpan(plan.name, plan.options, parentCtx);
  if (span.isRecording()) {
    if (plan.startFields.length > 0) recordStartFields(rt, plan, span, self, args);
    if (plan.fieldTable !== undefined) rt.spanFields.set(span, plan.fieldTable);
  }
  return runInSpan(rt, plan, span, parentCtx, trace.setSpan(parentCtx, span), fn, self, args);
}
