import { type Context, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { SampledOutCheck } from './sampled-out-check';

const withParent = (
  traceFlags: TraceFlags,
  traceId = '4bf92f3577b34da6a3ce929d0e0e4736',
): Context =>
  trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId: '00f067aa0ba902b7', traceFlags });

describe('SampledOutCheck', () => {
  it('answers for each context, whatever it answered for the one before', () => {
    const check = new SampledOutCheck(true);
    const out = withParent(TraceFlags.NONE);
    const sampled = withParent(TraceFlags.SAMPLED);
    const answers = [out, out, sampled, out, ROOT_CONTEXT, withParent(TraceFlags.NONE), sampled];
    expect(answers.map((ctx) => check.test(ctx))).toEqual([
      true,
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it('treats an invalid parent as no parent, and never skips without parent-based sampling', () => {
    expect(new SampledOutCheck(true).test(withParent(TraceFlags.NONE, '0'.repeat(32)))).toBe(false);
    const notParentBased = new SampledOutCheck(false);
    expect(notParentBased.test(withParent(TraceFlags.NONE))).toBe(false);
    expect(notParentBased.test(withParent(TraceFlags.NONE))).toBe(false);
  });
});
