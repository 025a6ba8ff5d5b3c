import type { Span } from '@opentelemetry/api';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { fieldSkipped } from './field-skipped';
import { setField } from './set-field';
import type { SpanPlan } from './span-plan';

/** Computes the start fields from the call's arguments and `this`; an extractor that throws is skipped. */
export function recordStartFields(
  rt: TelemetryRuntime,
  plan: SpanPlan,
  span: Span,
  self: unknown,
  args: ArrayLike<unknown>,
): void {
  const fields = plan.startFields;
  const operation = plan.fieldTable?.genAiOperation;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    let value: unknown;
    try {
      value = field.fromThis ? field.extract(self) : field.extract.apply(undefined, args as any);
    } catch (error) {
      fieldSkipped(rt, 'field_extractor_failed', plan.name, field.key, error);
      continue;
    }
    setField(rt, span, plan.name, field.key, field.attribute, value, operation);
  }
}

/** Computes the result fields from a successful result; an extractor that throws is skipped. */
export function recordResultFields(
  rt: TelemetryRuntime,
  plan: SpanPlan,
  span: Span,
  result: unknown,
): void {
  const fields = plan.resultFields;
  const operation = plan.fieldTable?.genAiOperation;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    let value: unknown;
    try {
      value = field.extract(result);
    } catch (error) {
      fieldSkipped(rt, 'field_extractor_failed', plan.name, field.key, error);
      continue;
    }
    setField(rt, span, plan.name, field.key, field.attribute, value, operation);
  }
}
