import type { Span } from '@opentelemetry/api';
import { hrTimeToMilliseconds } from '@opentelemetry/core';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { genAiUsageFromAttributes } from './genai-usage';
import { recordResultFields } from './record-fields';
import { recordError } from './record-error';
import type { SpanPlan } from './span-plan';

/** Ends the span after a successful call, computing the result fields first. */
export function succeedSpan(
  rt: TelemetryRuntime,
  plan: SpanPlan,
  span: Span,
  result: unknown,
): void {
  if (plan.resultFields.length > 0 && span.isRecording())
    recordResultFields(rt, plan, span, result);
  endSpan(rt, plan, span);
}

/**
 * Ends the span after a failed call, recording the error. An error that cannot be read (a getter
 * or a proxy that throws) is counted, not thrown: the caller gets its own error.
 */
export function failSpan(rt: TelemetryRuntime, plan: SpanPlan, span: Span, error: unknown): void {
  try {
    recordError(rt, plan, span, error);
  } catch {
    rt.diagnostics.count('span_error_record_failed');
  }
  endSpan(rt, plan, span);
}

/** Ends the span; a GenAI span is then handed to the runtime's GenAI listeners. */
export function endSpan(rt: TelemetryRuntime, plan: SpanPlan, span: Span): void {
  span.end();
  if (plan.fieldTable?.genAiOperation === undefined || rt.genAiSpanListeners.length === 0) return;
  const finished = span as unknown as Partial<ReadableSpan>;
  if (finished.attributes === undefined || finished.duration === undefined) return;
  const usage = genAiUsageFromAttributes(
    finished.attributes,
    hrTimeToMilliseconds(finished.duration),
  );
  for (const listener of rt.genAiSpanListeners) {
    try {
      listener(usage);
    } catch {
      rt.diagnostics.count('genai_listener_failed');
    }
  }
}
