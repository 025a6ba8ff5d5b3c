import type { EventEmitter } from 'node:events';
import { type Context, context } from '@opentelemetry/api';

/**
 * Makes every listener of `emitter` run in `ctx`, whoever added it and whenever it fires: a
 * handler's 'data' and 'end' listeners on the request, a request log's 'close' listener on the
 * response. Node emits those events from the socket's parser, outside the request's async
 * context, so without this they would lose the trace.
 *
 * It wraps the emitter's own `emit` once, where `context.bind(ctx, emitter)` patches six
 * listener methods and wraps each listener added; an event emitted while `ctx` is already active
 * (`res.end()` inside the handler emits 'finish') costs one comparison.
 */
export function runListenersIn(emitter: EventEmitter, ctx: Context): void {
  const emit = emitter.emit;
  emitter.emit = function emitInContext(this: EventEmitter): boolean {
    // `arguments` passed straight to apply: no array per event on the path taken most.
    // eslint-disable-next-line prefer-rest-params
    if (context.active() === ctx) return emit.apply(this, arguments as never);
    // eslint-disable-next-line prefer-rest-params
    return context.with(ctx, applyTo, undefined, emit, this, arguments);
  };
}

function applyTo(fn: (...args: never[]) => boolean, self: unknown, args: IArguments): boolean {
  return fn.apply(self, args as never);
}
