import type { Span } from '@opentelemetry/api';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { GEN_AI_REQUEST_MODEL } from './genai-attributes';
import { NOT_AN_ATTRIBUTE, toAttributeValue } from './attribute-value';
import { fieldSkipped } from './field-skipped';

/**
 * Writes one field value to the span as `attribute`. Values that are not attribute values are
 * skipped and counted (`field_not_attribute_value`); a value that cannot even be read (an invalid
 * Date, a proxy whose traps throw) is skipped and counted as `field_record_failed`. Never throws.
 * Recording the model of a GenAI span renames it "{operation} {model}".
 */
export function setField(
  rt: TelemetryRuntime,
  span: Span,
  spanName: string,
  key: string,
  attribute: string,
  value: unknown,
  genAiOperation: string | undefined,
): void {
  let converted: ReturnType<typeof toAttributeValue>;
  try {
    converted = toAttributeValue(value);
  } catch (error) {
    return fieldSkipped(rt, 'field_record_failed', spanName, key, error);
  }
  if (converted === undefined) return;
  if (converted === NOT_AN_ATTRIBUTE) {
    rt.diagnostics.count('field_not_attribute_value');
    rt.diagnostics.warnOnce(
      `field_not_attribute_value:${spanName}.${key}`,
      `Field "${key}" of span "${spanName}" was skipped: its value is an object. Extract a string, ` +
        'number or boolean (objects are never written to spans, to keep arguments private).',
    );
    return;
  }
  span.setAttribute(attribute, converted);
  if (genAiOperation !== undefined && attribute === GEN_AI_REQUEST_MODEL)
    span.updateName(`${genAiOperation} ${String(converted)}`);
}
