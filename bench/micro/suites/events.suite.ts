import type { ExportCounter, MicroSuite } from '../micro-variant';
import { bareArrayPush } from '../subjects/event-push.subject';
import { ourEmit } from '../subjects/our-emit.subject';
import type { TelemetryAppContext } from '../../lib/telemetry-app-context';

export const EVENTS = {
  bare: 'bare array push',
  ours: 'TelemetryService.emit, 4 attributes',
} as const;

/**
 * Event emit against a bare array push. Chunks are short (100 calls) so that the p50 over chunks
 * is close to a per-call p50; the loop yields every 500 calls so that the pipeline can drain.
 */
export function eventsSuite(ctx: TelemetryAppContext, counter: ExportCounter): MicroSuite {
  const ours = ourEmit(ctx.service);
  return {
    id: 'events',
    title: 'Event emit (ns per call; p50 over 100-call chunks)',
    mode: 'sync',
    calls: 100_000,
    chunk: 100,
    chunksPerYield: 5,
    reference: EVENTS.bare,
    exports: counter,
    variants: [
      { name: EVENTS.bare, call: bareArrayPush(), exportsPerCall: 0 },
      typeof ours === 'function'
        ? { name: EVENTS.ours, call: ours, exportsPerCall: 1 }
        : { name: EVENTS.ours, pending: ours.pending },
    ],
  };
}
