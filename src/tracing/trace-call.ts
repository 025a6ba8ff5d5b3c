import { context, INVALID_TRACEID, trace, TraceFlags } from '@opentelemetry/api';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { recordStartFields } from './record-fields';
import { runInSpan } from './run-in-span';
import type { SpanPlan } from './span-plan';

/**
 * Runs one traced call: starts the plan's span as a child of the active context, records the
 * start fields, and hands over to `runInSpan`. Inside a trace whose parent was sampled out (with
 * parent-based sampling) the child would be dropped anyway, so the call runs directly: no span,
 * no new context, no field extraction.
 */
export function traceCall(
  rt: TelemetryRuntime,
  plan: SpanPlan,
  fn: (...args: any[]) => unknown,
  self: unknown,
  args: ArrayLike<unknown>,
): unknown {
  const parentCtx = context.active();
  const parent = trace.getSpan(parentCtx);
  if (parent !== undefined && rt.config.traces.parentBased) {
    const parentContext = parent.spanContext();
    if (
      (parentContext.traceFlags & TraceFlags.SAMPLED) === 0 &&
      parentContext.traceId !== INVALID_TRACEID
    )
      return fn.apply(self, args as unknown[]);
  }
  const span = rt.tracer.startSpan(plan.name, plan.options, parentCtx);
  if (span.isRecording()) {
    if (plan.startFields.length > 0) recordStartFields(rt, plan, span, self, args);
    if (plan.fieldTable !== undefined) rt.spanFields.set(span, plan.fieldTable);
  }
  return runInSpan(rt, plan, span, parentCtx, trace.setSpan(parentCtx, span), fn, self, args);
}
