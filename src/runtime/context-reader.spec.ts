import { context, createContextKey, ROOT_CONTEXT } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { contextReader } from './context-reader';

const KEY = createContextKey('test');
const entered = ROOT_CONTEXT.setValue(KEY, 'entered');

function register(): AsyncLocalStorageContextManager {
  const manager = new AsyncLocalStorageContextManager().enable();
  expect(context.setGlobalContextManager(manager)).toBe(true);
  return manager;
}

describe('contextReader', () => {
  afterEach(() => context.disable());

  it('with the registered manager, reads what the API entered, also after an await', async () => {
    const read = contextReader(register());
    expect(read()).toBe(ROOT_CONTEXT);
    await context.with(entered, async () => {
      expect(read()).toBe(entered);
      await Promise.resolve();
      expect(read()).toBe(entered);
    });
    expect(read()).toBe(ROOT_CONTEXT);
  });

  it('with a manager that is not the registered one, or none, reads through the API', () => {
    register();
    const unregistered = new AsyncLocalStorageContextManager().enable();
    for (const read of [contextReader(unregistered), contextReader(undefined)])
      expect(context.with(entered, read)).toBe(entered);
    unregistered.disable();
  });

  it('reads the manager itself: once another replaces it, it no longer follows the API', () => {
    const read = contextReader(register());
    context.disable();
    register();
    expect(context.with(entered, read)).toBe(ROOT_CONTEXT);
  });
});
