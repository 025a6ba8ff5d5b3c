/**
 * Declares a field without a value yet (like `tracing::field::Empty`): record it later from
 * inside the call with `TelemetryService.record(key, value)`.
 *
 * @example
 * @Instrument('provider.chat', { fields: { input_tokens: Empty, output_tokens: Empty } })
 */
export const Empty: unique symbol = Symbol.for('nestjs-telemetry.Empty');
