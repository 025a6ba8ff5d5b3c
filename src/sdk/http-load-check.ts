/**
 * True when Node's `http` module was loaded before now. Instrumentation-http patches `http` when
 * it is required, so an SDK started after that misses client spans (server spans patch the
 * already-loaded module directly).
 */
export function isHttpAlreadyLoaded(): boolean {
  const list = (process as unknown as { moduleLoadList?: string[] }).moduleLoadList;
  return Array.isArray(list) && list.includes('NativeModule http');
}

/** The warning logged when TelemetryModule starts the SDK after `http` was loaded. */
export const LATE_START_WARNING =
  "The OpenTelemetry SDK started after Node's http module was loaded, so outgoing HTTP requests (and other auto-instrumented libraries) may get no spans; incoming requests are traced either way. " +
  "Start the SDK first: run `node --require nestjs-telemetry/register dist/main.js`, or make `import 'nestjs-telemetry/register';` the first line of main.ts.";
