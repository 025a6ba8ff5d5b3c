import { trace } from '@opentelemetry/api';
import { getActiveRuntime } from '../runtime/active-runtime';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { fieldSkipped } from './field-skipped';
import { setField } from './set-field';
import type { SpanFieldTable } from './span-field-table';

/**
 * Records field values on the active span (`TelemetryService.record`). A field the span declared
 * is written to its attribute (GenAI spans map `input_tokens` to `gen_ai.usage.input_tokens`, and
 * so on). On a span that declared `Empty` fields (or a GenAI span), a key it did not declare is
 * still written, under its own name, but counted as `field_undeclared` and logged once per span
 * and key: it is usually a typo. Spans that declared no `Empty` field (and spans this library did
 * not create) take any key silently. No-op outside a recording span or when tracing is off.
 * Never throws: a value or fields object that cannot be read is counted (`field_record_failed`).
 */
export function recordOnActiveSpan(fields: Readonly<Record<string, unknown>>): void {
  const rt = getActiveRuntime();
  if (rt === undefined || !rt.tracingEnabled) return;
  const span = trace.getActiveSpan();
  if (span === undefined || !span.isRecording()) return;
  const table = rt.spanFields.get(span);
  const name = table?.spanName ?? '(active span)';
  let keys: string[];
  try {
    keys = Object.keys(fields);
  } catch (error) {
    return fieldSkipped(rt, 'field_record_failed', name, '(fields)', error);
  }
  for (const key of keys) {
    let value: unknown;
    try {
      value = fields[key];
    } catch (error) {
      fieldSkipped(rt, 'field_record_failed', name, key, error);
      continue;
    }
    const attribute = table === undefined ? key : attributeFor(rt, table, key);
    setField(rt, span, name, key, attribute, value, table?.genAiOperation);
  }
}

function attributeFor(rt: TelemetryRuntime, table: SpanFieldTable, key: string): string {
  const declared = table.attributes.get(key);
  if (declared !== undefined) return declared;
  rt.diagnostics.count('field_undeclared');
  rt.diagnostics.warnOnce(
    `field_undeclared:${table.spanName}.${key}`,
    `Field "${key}" was recorded on span "${table.spanName}", which does not declare it; it is ` +
      `written as attribute "${key}". Declare it (fields: { ${key}: Empty }) to silence this warning.`,
  );
  return key;
}
