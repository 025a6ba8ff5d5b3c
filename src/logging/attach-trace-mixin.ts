import pino, { type Logger as PinoInstance } from 'pino';
import { telemetryPinoMixin } from './telemetry-pino-mixin';

type Mixin = (obj: object, level: number, logger: PinoInstance) => object;
type WithMixin = PinoInstance & { [key: symbol]: Mixin | undefined };

/**
 * Adds the trace fields to a pino logger someone else configured, keeping its own mixin (its
 * fields win over ours). Child loggers created from it, before or after, inherit the change.
 * Returns false when `done` shows it was already attached.
 */
export function attachTraceMixin(logger: PinoInstance, done: WeakSet<object>): boolean {
  if (done.has(logger)) return false;
  done.add(logger);
  const target = logger as WithMixin;
  const sym = pino.symbols.mixinSym;
  const own = target[sym];
  target[sym] = own
    ? (obj, level, l) => ({ ...telemetryPinoMixin(), ...own(obj, level, l) })
    : () => telemetryPinoMixin();
  return true;
}
