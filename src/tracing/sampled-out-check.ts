import { type Context, INVALID_TRACEID, trace, TraceFlags } from '@opentelemetry/api';

/**
 * Tells whether a context is inside a trace whose parent was sampled out, with parent-based
 * sampling: a child span would be dropped anyway, so a decorated call runs directly (no span, no
 * new context, no field extraction). A parent with an invalid context counts as no parent (the
 * root sampler decides).
 *
 * It remembers the last sampled-out context it saw: contexts are immutable, and the calls made
 * while a sampled-out request runs share one active context, so each of them costs one identity
 * test. Only sampled-out contexts are remembered (one at a time, holding a non-recording span).
 */
export class SampledOutCheck {
  private lastSampledOut: Context | undefined;

  constructor(private readonly parentBased: boolean) {}

  test(ctx: Context): boolean {
    if (ctx === this.lastSampledOut) return true;
    if (!this.parentBased || !parentSampledOut(ctx)) return false;
    this.lastSampledOut = ctx;
    return true;
  }
}

function parentSampledOut(ctx: Context): boolean {
  const parent = trace.getSpan(ctx);
  if (parent === undefined) return false;
  const parentContext = parent.spanContext();
  return (
    (parentContext.traceFlags & TraceFlags.SAMPLED) === 0 &&
    parentContext.traceId !== INVALID_TRACEID
  );
}
