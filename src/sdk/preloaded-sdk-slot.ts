import type { TelemetrySdk } from './telemetry-sdk';

/**
 * The SDK started by the preload entry (`--require nestjs-telemetry/register`), handed over to
 * TelemetryModule. Like OpenTelemetry's own API registry, it lives on `globalThis` under a
 * `Symbol.for` key so that two copies of this package still see one SDK.
 */
const SLOT = Symbol.for('nestjs-telemetry.preloaded-sdk');

type GlobalWithSlot = typeof globalThis & { [SLOT]?: TelemetrySdk };

export function getPreloadedSdk(): TelemetrySdk | undefined {
  return (globalThis as GlobalWithSlot)[SLOT];
}

export function setPreloadedSdk(sdk: TelemetrySdk): void {
  (globalThis as GlobalWithSlot)[SLOT] = sdk;
}

export function clearPreloadedSdk(sdk: TelemetrySdk): void {
  const g = globalThis as GlobalWithSlot;
  if (g[SLOT] === sdk) delete g[SLOT];
}
