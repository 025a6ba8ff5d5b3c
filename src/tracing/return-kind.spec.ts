import { isNativeAsyncFunction } from './return-kind';

describe('isNativeAsyncFunction', () => {
  class Methods {
    async method(): Promise<number> {
      return 1;
    }
    async *generator(): AsyncGenerator<number> {
      yield 1;
    }
    promising(): Promise<number> {
      return Promise.resolve(1);
    }
  }

  it('is true for async functions, arrows and methods', () => {
    expect(isNativeAsyncFunction(async () => 1)).toBe(true);
    expect(isNativeAsyncFunction(async function named() {})).toBe(true);
    expect(isNativeAsyncFunction(Methods.prototype.method)).toBe(true);
  });

  it('is false for a bound copy (the engine sees a bound function; it takes the general path)', () => {
    expect(isNativeAsyncFunction(Methods.prototype.method.bind(null))).toBe(false);
  });

  it('is false for async generator functions (they return iterators, not Promises)', () => {
    expect(isNativeAsyncFunction(Methods.prototype.generator)).toBe(false);
  });

  it('is false for plain functions, even those returning a Promise or tagged "AsyncFunction"', () => {
    expect(isNativeAsyncFunction(Methods.prototype.promising)).toBe(false);
    const tagged = Object.assign(() => 1, { [Symbol.toStringTag]: 'AsyncFunction' });
    expect(isNativeAsyncFunction(tagged)).toBe(false);
  });
});
