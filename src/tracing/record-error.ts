import { SpanStatusCode, type Span } from '@opentelemetry/api';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { ERROR_TYPE, EXPECTED_ERROR_EVENT } from './span-attributes';
import type { SpanPlan } from './span-plan';

/**
 * Records an error on the span: `recordException`, status ERROR with the message, and
 * `error.type` (the error's class name). An error the plan marks expected only adds an
 * `expected_error` event and leaves the status unset.
 */
export function recordError(
  rt: TelemetryRuntime,
  plan: SpanPlan,
  span: Span,
  error: unknown,
): void {
  if (!span.isRecording()) return;
  const type = errorTypeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (isExpected(rt, plan, error)) {
    span.addEvent(EXPECTED_ERROR_EVENT, { 'exception.type': type, 'exception.message': message });
    return;
  }
  span.recordException(error instanceof Error ? error : message);
  span.setStatus({ code: SpanStatusCode.ERROR, message });
  span.setAttribute(ERROR_TYPE, type);
}

/** The class name of an error object, `_OTHER` for anything else (the conventions' fallback). */
export function errorTypeOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '_OTHER';
  const name = (error as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' && name !== 'Object' ? name : '_OTHER';
}

function isExpected(rt: TelemetryRuntime, plan: SpanPlan, error: unknown): boolean {
  if (plan.isExpectedError === undefined) return false;
  try {
    return plan.isExpectedError(error) === true;
  } catch {
    rt.diagnostics.count('expected_error_matcher_failed');
    return false;
  }
}
