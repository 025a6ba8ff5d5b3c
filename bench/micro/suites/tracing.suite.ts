import { BENCH_ITEMS, BENCH_USER, type WorkService } from '../subjects/bench-work';
import { ForwardingAsyncService, ForwardingService } from '../subjects/forwarding.subject';
import { instrumentedServices } from '../subjects/instrument.subject';
import { NestjsOtelAsyncService, NestjsOtelService } from '../subjects/nestjs-otel.subject';
import { PlainAsyncService, PlainService } from '../subjects/plain.subject';
import {
  RawSpanAsyncService,
  RawSpanService,
  RawSpanSettledService,
} from '../subjects/raw-span.subject';
import type { MicroSuite, MicroVariant } from '../micro-variant';
import { withoutRuntime } from '../our-runtime';
import { inSampledOutTrace } from '../sampled-out-context';
import type { TracingHarness } from '../tracing-harness';

/** Variant names, used by the targets. */
export const TRACING = {
  plain: 'plain call',
  raw: 'raw startActiveSpan, 3 attributes',
  rawSettled: 'raw span ended when the promise settles',
  nestjsOtel: 'nestjs-otel @Span, 3 attributes',
  instrument: '@Instrument, 3 fields',
  plainSampledOut: 'plain call, sampled-out trace',
  rawSampledOut: 'raw startActiveSpan, sampled-out trace',
  nestjsOtelSampledOut: 'nestjs-otel @Span, sampled-out trace',
  instrumentSampledOut: '@Instrument, sampled-out trace',
  instrumentDisabled: '@Instrument, enabled: false',
  forwarding: 'forwarding-only wrapper, enabled: false',
} as const;

/** Span cost, sync or async: our decorator against the raw API floor and the peer. */
export function tracingSuite(harness: TracingHarness, mode: 'sync' | 'async'): MicroSuite {
  const sync = mode === 'sync';
  const tracer = harness.tracer('bench-raw');
  const plain = sync ? new PlainService() : new PlainAsyncService();
  const raw = sync ? new RawSpanService(tracer) : new RawSpanAsyncService(tracer);
  const peer = sync ? new NestjsOtelService() : new NestjsOtelAsyncService();
  const forwarding = sync ? new ForwardingService() : new ForwardingAsyncService();
  const ours = instrumentedServices();
  const instrumented = 'pending' in ours ? undefined : sync ? ours.sync : ours.async;
  const pending = 'pending' in ours ? ours.pending : undefined;
  const call = (s: WorkService) => () => s.work(BENCH_USER, BENCH_ITEMS);
  const oursCall = instrumented && call(instrumented);
  const variants: MicroVariant[] = [
    { name: TRACING.plain, call: call(plain), exportsPerCall: 0 },
    { name: TRACING.raw, call: call(raw), exportsPerCall: 1 },
    // Async only: the floor of any wrapper of an async method (see RawSpanSettledService).
    ...(sync
      ? []
      : [
          {
            name: TRACING.rawSettled,
            call: call(new RawSpanSettledService(tracer)),
            exportsPerCall: 1,
          },
        ]),
    { name: TRACING.nestjsOtel, call: call(peer), exportsPerCall: 1 },
    { name: TRACING.instrument, call: oursCall, exportsPerCall: 1, pending },
    { name: TRACING.plainSampledOut, call: call(plain), around: inSampledOutTrace },
    { name: TRACING.rawSampledOut, call: call(raw), around: inSampledOutTrace },
    { name: TRACING.nestjsOtelSampledOut, call: call(peer), around: inSampledOutTrace },
    { name: TRACING.instrumentSampledOut, call: oursCall, around: inSampledOutTrace, pending },
    { name: TRACING.instrumentDisabled, call: oursCall, around: withoutRuntime, pending },
    // The floor of the row above: any decorator's wrapper, forwarding only (forwarding.subject).
    { name: TRACING.forwarding, call: call(forwarding), around: withoutRuntime },
  ];
  return {
    id: `tracing-${mode}`,
    title: `Spans, ${mode} method (ns per call)`,
    mode,
    calls: sync ? 40_000 : 20_000,
    chunk: 250,
    chunksPerYield: 2,
    reference: TRACING.raw,
    exports: harness.spans,
    variants,
  };
}
