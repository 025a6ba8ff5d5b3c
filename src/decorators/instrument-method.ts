import { compileInstrumentPlan } from './compile-instrument-plan';
import { instrumentFunction } from './instrument-function';
import type { InstrumentOptions } from './instrument-options';
import { withMethodMetrics } from './with-method-metrics';

/** Applies `@Instrument` to one method: replaces `descriptor.value` with the traced wrapper. */
export function instrumentMethod(
  target: object,
  key: string | symbol,
  descriptor: PropertyDescriptor,
  name: string | undefined,
  options: InstrumentOptions,
): PropertyDescriptor {
  const owner = typeof target === 'function' ? target.name : target.constructor.name; // static or not
  const label = `${owner}.${String(key)}`;
  if (typeof descriptor.value !== 'function')
    throw new TypeError(`@Instrument() on ${label}: only methods can be instrumented`);
  if (options.include !== undefined || options.exclude !== undefined)
    throw new TypeError(
      `@Instrument() on ${label}: include/exclude apply to a class, not a method`,
    );
  const traced = instrumentFunction(
    descriptor.value,
    compileInstrumentPlan(name ?? label, options),
  );
  descriptor.value = options.red ? withMethodMetrics(traced, owner, String(key)) : traced;
  return descriptor;
}
