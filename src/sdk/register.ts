/**
 * Preload entry: `node --require nestjs-telemetry/register dist/main.js`, or
 * `import 'nestjs-telemetry/register';` as the very first line of main.ts.
 * Starts the OpenTelemetry SDK from OTEL_* environment variables before http and express load,
 * so auto-instrumentation sees them; TelemetryModule then adopts this SDK.
 */
import { startPreloadedSdk } from './start-preloaded-sdk';

startPreloadedSdk();
