import { type Context, trace } from '@opentelemetry/api';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { recordStartFields } from './record-fields';
import { runInSpan } from './run-in-span';
import type { SpanPlan } from './span-plan';

/**
 * Runs one traced call as a child of `parentCtx` (which the caller checked with the runtime's `sampledOut`):
 * starts the plan's span, records the start fields, and hands over to `runInSpan` (`asyncFn`: see
 * there).
 */
export function traceCall(
  rt: TelemetryRuntime,
  plan: SpanPlan,
  parentCtx: Context,
  fn: (...args: any[]) => unknown,
  self: unknown,
  args: ArrayLike<unknown>,
  asyncFn = false,
): unknown {
  const span = rt.tracer.startSpan(plan.name, plan.options, parentCtx);
  if (span.isRecording()) {
    if (plan.startFields.length > 0) recordStartFields(rt, plan, span, self, args);
    if (plan.fieldTable !== undefined) rt.spanFields.set(span, plan.fieldTable);
  }
  const ctx = trace.setSpan(parentCtx, span);
  return runInSpan(rt, plan, span, parentCtx, ctx, fn, self, args, asyncFn);
}
