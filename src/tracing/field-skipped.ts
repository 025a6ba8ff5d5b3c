import { describeThrown } from '../diagnostics/describe-thrown';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';

/** Why a field was left off its span. */
export type FieldSkipReason = 'field_extractor_failed' | 'field_record_failed';

const WHAT: Readonly<Record<FieldSkipReason, string>> = {
  field_extractor_failed: 'its extractor threw',
  field_record_failed: 'reading its value threw',
};

/**
 * Counts a field left off its span because something threw, and warns once per span and key.
 * Never throws, whatever was thrown (the error itself may be unreadable).
 */
export function fieldSkipped(
  rt: TelemetryRuntime,
  reason: FieldSkipReason,
  spanName: string,
  key: string,
  error: unknown,
): void {
  rt.diagnostics.count(reason);
  rt.diagnostics.warnOnce(
    `${reason}:${spanName}.${key}`,
    `Field "${key}" of span "${spanName}" was skipped: ${WHAT[reason]} ${describeThrown(error)}. ` +
      `The call itself is not affected; further skips are counted as ${reason}.`,
  );
}
