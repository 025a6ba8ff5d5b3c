/**
 * Thrown at application start when the telemetry configuration is invalid. The message lists
 * every problem as `option.path: got <value>; expected <what is allowed>`; secrets are redacted.
 */
export class TelemetryConfigError extends Error {
  override readonly name = 'TelemetryConfigError';

  constructor(readonly problems: readonly string[]) {
    super(
      `Invalid nestjs-telemetry configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
  }
}
