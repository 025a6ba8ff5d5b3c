import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';

/**
 * Keeps a test peer (an OTLP receiver, a JSON sink) out of the traces of the app under test.
 * The library's server spans patch `http.Server.prototype.emit` for the whole process, as
 * instrumentation-http does, so a receiver in the test process would otherwise trace the exports
 * it receives and feed them back to itself. In production the collector is another process.
 */
export function untraced<T extends Server>(server: T): T {
  server.emit = EventEmitter.prototype.emit;
  return server;
}
