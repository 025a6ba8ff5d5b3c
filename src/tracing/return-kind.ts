import { types } from 'node:util';
import { isObservable, type Observable } from 'rxjs';

/** A native Promise (from any realm). Other thenables are not Promises: calling `then` could execute them. */
export function isNativePromise(value: unknown): value is Promise<unknown> {
  return types.isPromise(value);
}

/**
 * A native async function, not an async generator function: every call returns a native Promise.
 * The engine's own test (`isAsyncFunction`, true for async generator functions too) and the
 * function's tag (`AsyncGeneratorFunction` for those).
 */
export function isNativeAsyncFunction(fn: (...args: any[]) => unknown): boolean {
  return (
    types.isAsyncFunction(fn) && Object.prototype.toString.call(fn) === '[object AsyncFunction]'
  );
}

/** An RxJS Observable: its work starts at subscribe. */
export function isRxObservable(value: unknown): value is Observable<unknown> {
  return isObservable(value);
}

/**
 * An async iterable whose span should last for the iteration: an async generator object, or a
 * plain object with `[Symbol.asyncIterator]`. Class instances that merely are iterable (Node
 * streams, SDK stream classes) are returned untouched, since a wrapper would lose their API.
 */
export function isTraceableAsyncIterable(value: object): value is AsyncIterable<unknown> {
  const iterable = value as { [Symbol.asyncIterator]?: unknown; [Symbol.toStringTag]?: unknown };
  if (typeof iterable[Symbol.asyncIterator] !== 'function') return false;
  if (iterable[Symbol.toStringTag] === 'AsyncGenerator') return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
