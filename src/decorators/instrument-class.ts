import { compileInstrumentPlan } from './compile-instrument-plan';
import { instrumentFunction, isInstrumented } from './instrument-function';
import type { InstrumentOptions } from './instrument-options';
import { withMethodMetrics } from './with-method-metrics';

/**
 * Applies `@Instrument` to every own method of a class (not the constructor, getters or setters),
 * limited by `include`/`exclude`. Spans are named `{name ?? ClassName}.{method}`. Methods with
 * their own `@Instrument` keep it.
 */
export function instrumentClass(
  target: abstract new (...args: any[]) => unknown,
  name: string | undefined,
  options: InstrumentOptions,
): void {
  if (options.fields !== undefined || options.result !== undefined)
    throw new TypeError(
      `@Instrument() on class ${target.name}: fields and result read one method's arguments; put them on the method`,
    );
  const { include, exclude, ...methodOptions } = options;
  const proto = target.prototype as object;
  for (const key of Reflect.ownKeys(proto)) {
    if (key === 'constructor') continue;
    if (include !== undefined && !include.includes(key)) continue;
    if (exclude?.includes(key)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    const method: unknown = descriptor?.value;
    if (typeof method !== 'function' || isInstrumented(method)) continue;
    const plan = compileInstrumentPlan(`${name ?? target.name}.${String(key)}`, methodOptions);
    const traced = instrumentFunction(method as (...args: any[]) => any, plan);
    Object.defineProperty(proto, key, {
      ...descriptor,
      value: options.red ? withMethodMetrics(traced, target.name, String(key)) : traced,
    });
  }
}
