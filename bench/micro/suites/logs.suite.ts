import type { INestApplicationContext } from '@nestjs/common';
import { context, trace } from '@opentelemetry/api';
import type { TelemetryAppContext } from '../../lib/telemetry-app-context';
import type { BlockTiming, MicroSuite } from '../micro-variant';
import { nestjsPinoLine } from '../subjects/nestjs-pino.subject';
import { ourLogLine } from '../subjects/our-log.subject';
import { correlatedPino, logLine, plainPino } from '../subjects/pino.subject';
import type { TracingHarness } from '../tracing-harness';

export const LOGS = {
  pino: 'pino info line',
  correlated: 'pino info line + span-context mixin',
  nestjsPino: 'nestjs-pino Logger line + span-context mixin',
  ours: 'our module logger line (correlated)',
} as const;

/** Log lines written inside an active sampled span, to a null destination. */
export function logsSuite(
  harness: TracingHarness,
  peer: INestApplicationContext,
  ours: TelemetryAppContext,
): MicroSuite {
  const span = harness.tracer('bench-logs').startSpan('request');
  const inSpan = (block: () => Promise<BlockTiming>) =>
    context.with(trace.setSpan(context.active(), span), block);
  const our = ourLogLine(ours);
  return {
    id: 'logs',
    title: 'Log line inside a span, null destination (ns per call)',
    mode: 'sync',
    calls: 50_000,
    chunk: 500,
    chunksPerYield: 4,
    reference: LOGS.pino,
    variants: [
      { name: LOGS.pino, call: logLine(plainPino()), around: inSpan },
      { name: LOGS.correlated, call: logLine(correlatedPino()), around: inSpan },
      { name: LOGS.nestjsPino, call: nestjsPinoLine(peer), around: inSpan },
      typeof our === 'function'
        ? { name: LOGS.ours, call: our, around: inSpan }
        : { name: LOGS.ours, pending: our.pending },
    ],
  };
}
