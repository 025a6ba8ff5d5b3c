import { PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import type { Logger } from 'pino';

/**
 * Returns a function that makes `logger` the one nestjs-pino's PinoLogger (and so Nest's logger)
 * writes to for the rest of the current request. nestjs-pino's middleware does this with a child
 * logger per request; without it every request would write to the logger of the first app
 * created in the process (nestjs-pino keeps that one in a module variable). `enterWith` from the
 * server's 'request' listener covers everything the request runs, synchronously or later.
 *
 * When `logger` is that first app's logger and no other is active, which is every request of a
 * process with one app, there is nothing to switch, and the storage is left alone: once a second
 * AsyncLocalStorage is in use, every promise and async resource the process creates pays for it.
 */
export function requestLoggerEntry(logger: Logger): () => void {
  const store = new Store(logger);
  // nestjs-pino's getter answers the active store's logger, else the process-wide one.
  const resolve = Object.getOwnPropertyDescriptor(PinoLogger.prototype, 'logger')?.get;
  return () => {
    const active = storage.getStore();
    if (active === store) return;
    if (active === undefined && resolve?.call(undefined) === logger) return;
    storage.enterWith(store);
  };
}
