import type { TelemetryRuntime } from './telemetry-runtime';

/**
 * The runtime of the TelemetryModule that is running in this process. Like OpenTelemetry's own
 * API registry (which decorators read at call time too), it lives on `globalThis` under a
 * `Symbol.for` key, so every copy of this library in the process shares it; it is set when the
 * module starts and cleared when it shuts down, so a second app in the same process starts clean.
 * No runtime means decorators pass calls through.
 */
const SLOT = Symbol.for('nestjs-telemetry.runtime');

/** The process-wide holder: one plain object whose `current` is the running module's runtime. */
interface RuntimeHolder {
  current: TelemetryRuntime | undefined;
}

type GlobalWithHolder = typeof globalThis & { [SLOT]?: RuntimeHolder };

/**
 * Found (or created) once per copy of the library: every decorated call reads `holder.current`,
 * an ordinary property load, where a keyed load of a symbol on the global object costs about
 * 10 ns more per call.
 */
const holder: RuntimeHolder = ((globalThis as GlobalWithHolder)[SLOT] ??= { current: undefined });

export function getActiveRuntime(): TelemetryRuntime | undefined {
  return holder.current;
}

export function setActiveRuntime(runtime: TelemetryRuntime): void {
  holder.current = runtime;
}

export function clearActiveRuntime(runtime: TelemetryRuntime): void {
  if (holder.current === runtime) holder.current = undefined;
}
