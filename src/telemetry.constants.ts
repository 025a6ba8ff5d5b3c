/**
 * Inject token of the validated, fully resolved configuration (`ResolvedTelemetryConfig`).
 * @publicApi
 */
export const TELEMETRY_CONFIG = 'TELEMETRY:CONFIG';

/**
 * Inject token of the app's `TelemetrySdk` (started by this module or adopted from the preload entry).
 * @internal
 */
export const TELEMETRY_SDK = 'TELEMETRY:SDK';

/**
 * Inject token of the `TelemetryRuntime` this app publishes for decorators.
 * @internal
 */
export const TELEMETRY_RUNTIME = 'TELEMETRY:RUNTIME';

/** Name of this library's tracer and meter. */
export const INSTRUMENTATION_SCOPE = 'nestjs-telemetry';

/**
 * Metadata key set by `@SkipTelemetry()` on a controller or handler: interceptors of this
 * library (HTTP metrics, request spans) leave those routes alone. The health endpoints carry it.
 * Read handler first, then class: `reflector.getAllAndOverride(SKIP_TELEMETRY_METADATA, [handler, class])`.
 * @publicApi
 */
export const SKIP_TELEMETRY_METADATA = 'TELEMETRY:SKIP';
