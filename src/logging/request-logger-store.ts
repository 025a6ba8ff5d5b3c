import type { Logger } from 'pino';
import { Store, storage } from 'nestjs-pino/storage';

/**
 * Returns a function that makes `logger` the one nestjs-pino's PinoLogger (and so Nest's logger)
 * writes to for the rest of the current request. nestjs-pino's middleware does this with a child
 * logger per request; without it every request would write to the logger of the first app
 * created in the process (nestjs-pino keeps that one in a module variable). `enterWith` from the
 * server's 'request' listener covers everything the request runs, synchronously or later.
 */
export function requestLoggerEntry(logger: Logger): () => void {
  const store = new Store(logger);
  return () => storage.enterWith(store);
}
