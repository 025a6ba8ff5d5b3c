// Context propagation alone (no tracer): every request runs in its own OpenTelemetry context,
// as under the server span, so the async-hook cost of AsyncLocalStorage shows on its own.
//   node bench-build/tools/ab-env.js 6 4 'preload:bench-build/tools/als-only.preload.js'
import * as http from 'node:http';
import { context, createContextKey, ROOT_CONTEXT } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';

context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
const key = createContextKey('request');
const proto = http.Server.prototype as { emit: (...args: unknown[]) => boolean };
const emit = proto.emit;
proto.emit = function (this: unknown, event: unknown, req: unknown, res: unknown): boolean {
  // eslint-disable-next-line prefer-rest-params
  if (event !== 'request') return emit.apply(this, [...arguments]);
  return context.with(ROOT_CONTEXT.setValue(key, req), emit, this, event, req, res);
};
