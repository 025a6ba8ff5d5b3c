import { resolveTelemetryConfig } from '../config/resolve-telemetry-config';
import { getPreloadedSdk, setPreloadedSdk } from './preloaded-sdk-slot';
import { TelemetrySdk } from './telemetry-sdk';

/**
 * Starts the SDK from the OTEL_* environment variables before the app loads http/express, and
 * leaves it for TelemetryModule to adopt. Does nothing when one was already started.
 */
export function startPreloadedSdk(env: NodeJS.ProcessEnv = process.env): TelemetrySdk {
  const existing = getPreloadedSdk();
  if (existing) return existing;
  const sdk = new TelemetrySdk(resolveTelemetryConfig({}, { env }));
  sdk.start();
  setPreloadedSdk(sdk);
  return sdk;
}
