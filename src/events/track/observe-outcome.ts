import { types } from 'node:util';
import { isObservable, Observable } from 'rxjs';

/** Callbacks run once the call's outcome is known; they must not throw. */
export interface OutcomeObserver {
  success(value: unknown): void;
  failure(error: unknown): void;
}

/**
 * Returns `result` unchanged in kind, reporting its outcome to `observer`: a native Promise is
 * chained (settling with the same value or error), an Observable and an async generator are
 * wrapped so the outcome is their completion, anything else (including non-Promise thenables,
 * which are never `.then`-ed) is a success right away.
 */
export function observeOutcome(result: unknown, observer: OutcomeObserver): unknown {
  if (types.isPromise(result)) {
    return result.then(
      (value) => {
        observer.success(value);
        return value;
      },
      (error: unknown) => {
        observer.failure(error);
        throw error;
      },
    );
  }
  if (isObservable(result)) return observeObservable(result, observer);
  if (Object.prototype.toString.call(result) === '[object AsyncGenerator]') {
    return observeAsyncGenerator(result as AsyncGenerator, observer);
  }
  observer.success(result);
  return result;
}

function observeObservable(source: Observable<unknown>, observer: OutcomeObserver) {
  return new Observable<unknown>((subscriber) => {
    let last: unknown;
    return source.subscribe({
      next: (value) => {
        last = value;
        subscriber.next(value);
      },
      error: (error: unknown) => {
        observer.failure(error);
        subscriber.error(error);
      },
      complete: () => {
        observer.success(last);
        subscriber.complete();
      },
    });
  });
}

async function* observeAsyncGenerator(source: AsyncGenerator, observer: OutcomeObserver) {
  let returned: unknown;
  try {
    returned = yield* source;
  } catch (error) {
    observer.failure(error);
    throw error;
  }
  observer.success(returned);
  return returned;
}
