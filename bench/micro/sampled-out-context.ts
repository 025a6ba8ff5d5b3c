import { context, type Context, ROOT_CONTEXT, TraceFlags, trace } from '@opentelemetry/api';
import type { BlockTiming } from './micro-variant';

/** A context whose active span is a remote parent that was sampled out (trace flags NONE). */
export function sampledOutContext(): Context {
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    spanId: '00f067aa0ba902b7',
    traceFlags: TraceFlags.NONE,
    isRemote: true,
  });
}

/** Runs a block inside a sampled-out trace. */
export function inSampledOutTrace(block: () => Promise<BlockTiming>): Promise<BlockTiming> {
  return context.with(sampledOutContext(), block);
}
