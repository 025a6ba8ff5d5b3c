import type { TelemetryModuleParts } from '../module/module-parts';
import { ShutdownDrain } from './shutdown-drain';
import { ShutdownState } from './shutdown-state';

/** Shutdown ordering: readiness off, drain delay; the SDK flush itself is in TelemetryLifecycle. */
export function shutdownParts(): TelemetryModuleParts {
  return {
    providers: [ShutdownState, ShutdownDrain],
    exports: [ShutdownState],
  };
}
