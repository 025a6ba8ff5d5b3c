import type { TelemetryRuntime } from './telemetry-runtime';

/**
 * The runtime of the TelemetryModule that is running in this process. Like OpenTelemetry's own
 * API registry (which decorators read at call time too), it lives on `globalThis` under a
 * `Symbol.for` key; it is set when the module starts and cleared when it shuts down, so a
 * second app in the same process starts clean. No runtime means decorators pass calls through.
 */
const SLOT = Symbol.for('nestjs-telemetry.runtime');

type GlobalWithRuntime = typeof globalThis & { [SLOT]?: TelemetryRuntime };

export function getActiveRuntime(): TelemetryRuntime | undefined {
  return (globalThis as GlobalWithRuntime)[SLOT];
}

export function setActiveRuntime(runtime: TelemetryRuntime): void {
  (globalThis as GlobalWithRuntime)[SLOT] = runtime;
}

export function clearActiveRuntime(runtime: TelemetryRuntime): void {
  const g = globalThis as GlobalWithRuntime;
  if (g[SLOT] === runtime) delete g[SLOT];
}
