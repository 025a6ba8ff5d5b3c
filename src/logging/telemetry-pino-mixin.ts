import { context, INVALID_TRACEID, trace } from '@opentelemetry/api';
import { settleActiveServerSpanRoute } from '../http/server-span/own-server-span';
import { spanFields } from './span-fields';

/** Read once (the API's CommonJS exports are getters). */
const NO_TRACE_ID = INVALID_TRACEID;

/** The correlation fields a log line written inside a span carries. */
export interface TraceLogFields {
  trace_id?: string;
  span_id?: string;
  trace_flags?: string;
  spans?: Record<string, unknown>[];
}

/**
 * A pino `mixin`: adds `trace_id`, `span_id`, `trace_flags` and `spans` (the active span's name
 * and fields) to every line written inside a span; a line written in a request names the
 * request's server span by its route first, if it is known by then. Use it when you configure
 * LoggerModule or pino yourself: `LoggerModule.forRoot({ pinoHttp: { mixin: telemetryPinoMixin } })`.
 */
export function telemetryPinoMixin(): TraceLogFields {
  try {
    const active = context.active();
    settleActiveServerSpanRoute(active);
    const span = trace.getSpan(active);
    if (!span) return {};
    const sc = span.spanContext();
    // A non-recording stand-in has the all-zero id; the API's own check runs two regular
    // expressions on every line.
    if (sc.traceId.length !== 32 || sc.traceId === NO_TRACE_ID) return {};
    const fields: TraceLogFields = {
      trace_id: sc.traceId,
      span_id: sc.spanId,
      trace_flags: `0${sc.traceFlags.toString(16)}`.slice(-2),
    };
    const current = spanFields(span);
    if (current) fields.spans = [current];
    return fields;
  } catch {
    return {};
  }
}
