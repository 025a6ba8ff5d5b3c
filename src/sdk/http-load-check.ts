/**
 * True when Node's `http` module was loaded before now. Instrumentation-http patches `http` when
 * it is required, so an SDK started after that misses server spans.
 */
export function isHttpAlreadyLoaded(): boolean {
  const list = (process as unknown as { moduleLoadList?: string[] }).moduleLoadList;
  return Array.isArray(list) && list.includes('NativeModule http');
}

/** The warning logged when TelemetryModule starts the SDK after `http` was loaded. */
export const LATE_START_WARNING =
  "The OpenTelemetry SDK started after Node's http module was loaded, so incoming HTTP requests may get no server spans. " +
  "Start the SDK first: run `node --require nestjs-telemetry/register dist/main.js`, or make `import 'nestjs-telemetry/register';` the first line of main.ts.";
