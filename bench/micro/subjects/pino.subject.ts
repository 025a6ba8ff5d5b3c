import { trace } from '@opentelemetry/api';
import pino, { type Logger } from 'pino';
import { nullDestination } from '../../lib/null-destination';

/** What the peers add for log correlation: a mixin that reads the active span context. */
export function spanContextMixin(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId, traceFlags } = span.spanContext();
  return { trace_id: traceId, span_id: spanId, trace_flags: `0${traceFlags.toString(16)}` };
}

export function plainPino(): Logger {
  return pino({ level: 'info' }, nullDestination);
}

export function correlatedPino(): Logger {
  return pino({ level: 'info', mixin: spanContextMixin }, nullDestination);
}

/** The fields and message of the measured line. */
export const LOG_FIELDS = { orderId: 'order-1042', items: 3 };
export const LOG_MESSAGE = 'order placed';

/** One info line with two fields and a message. */
export function logLine(logger: { info(fields: object, message: string): void }): () => void {
  return () => logger.info(LOG_FIELDS, LOG_MESSAGE);
}
