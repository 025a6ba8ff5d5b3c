import type { Instrumentation } from '@opentelemetry/instrumentation';
import { createHttpInstrumentations } from './create-http-instrumentations';

/**
 * The default instrumentations, made once per process and reused by every SDK this library
 * starts. An instrumentation installs `require` hooks on its first `enable()` that OpenTelemetry
 * never removes: they hold the instrumentation, and through it the tracer provider it was last
 * given, for the life of the process. A fresh set per module start (an app built per test, a
 * restart in one process) kept every earlier SDK and module reachable, ~20 KB each; one set,
 * disabled at shutdown and enabled again by the next SDK, keeps one. Kept on `globalThis` under a
 * `Symbol.for` key like the preloaded SDK, so that two copies of this package share the hooks.
 */
const SLOT = Symbol.for('nestjs-telemetry.default-instrumentations');

type GlobalWithSlot = typeof globalThis & { [SLOT]?: Instrumentation[] };

export function processDefaultInstrumentations(): Instrumentation[] {
  const g = globalThis as GlobalWithSlot;
  return (g[SLOT] ??= createHttpInstrumentations());
}
