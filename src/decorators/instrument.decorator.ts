import { instrumentClass } from './instrument-class';
import { instrumentMethod } from './instrument-method';
import type { AnyMethod, InstrumentDecorator, InstrumentOptions } from './instrument-options';

/**
 * Traces a method, or every method of a class, with an OpenTelemetry span per call.
 *
 * - Name: `name`, or `ClassName.methodName`.
 * - Fields: from the arguments or `this` at start, declared `Empty` and recorded later with
 *   `TelemetryService.record`, or from the result (see `InstrumentOptions`).
 * - Errors: recorded (exception event, status ERROR, `error.type`) and rethrown as the same object.
 * - Return kinds: sync stays sync; a Promise ends the span when it settles; an Observable at
 *   complete/error/unsubscribe (each re-subscription gets its own span); an async generator (or a
 *   plain object with `Symbol.asyncIterator`) when iteration ends, with item count and time to
 *   first item; other thenables are never `then`-ed, and iterable class instances (Node streams)
 *   are returned untouched, so their spans end when the method returns. An Observable never
 *   subscribed, or a generator never iterated, exports no span.
 * - Every reflect-metadata key, `name` and `length` are kept, above or below `@Get()` & co.
 * - No running TelemetryModule, or `traces.enabled: false`: a pass-through.
 *
 * @example
 * @Instrument<PipelineService['process']>('pipeline.process', {
 *   fields: { session_key: (message) => message.sessionKey, total_tokens: Empty },
 * })
 * async process(message: NormalizedMessage): Promise<FinalResponse> { ... }
 */
export function Instrument<M extends AnyMethod = AnyMethod, This = any>(
  name?: string,
  options?: InstrumentOptions<M, This>,
): InstrumentDecorator<M, This>;
export function Instrument<M extends AnyMethod = AnyMethod, This = any>(
  options: InstrumentOptions<M, This>,
): InstrumentDecorator<M, This>;
export function Instrument(
  nameOrOptions?: string | InstrumentOptions,
  maybeOptions?: InstrumentOptions,
): InstrumentDecorator<AnyMethod, any> {
  const name = typeof nameOrOptions === 'string' ? nameOrOptions : undefined;
  const options = (typeof nameOrOptions === 'object' ? nameOrOptions : maybeOptions) ?? {};
  return ((target: any, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor === undefined || key === undefined) {
      instrumentClass(target, name, options);
      return;
    }
    return instrumentMethod(target, key, descriptor, name, options);
  }) as InstrumentDecorator<AnyMethod, any>;
}
