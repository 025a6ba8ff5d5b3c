import { SeverityNumber } from '@opentelemetry/api-logs';

/** Severity of a business event, as in seed 000 (Trace..Fatal). */
export type EventSeverity = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/** OpenTelemetry severity number of each level (the first number of each range). */
export const SEVERITY_NUMBER: Readonly<Record<EventSeverity, SeverityNumber>> = Object.freeze({
  trace: SeverityNumber.TRACE,
  debug: SeverityNumber.DEBUG,
  info: SeverityNumber.INFO,
  warn: SeverityNumber.WARN,
  error: SeverityNumber.ERROR,
  fatal: SeverityNumber.FATAL,
});

/** OpenTelemetry severity text of each level. */
export const SEVERITY_TEXT: Readonly<Record<EventSeverity, string>> = Object.freeze({
  trace: 'TRACE',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  fatal: 'FATAL',
});

/** Whether `value` is one of the six levels. */
export function isEventSeverity(value: unknown): value is EventSeverity {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SEVERITY_NUMBER, value);
}
