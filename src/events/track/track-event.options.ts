import type { EventSeverity } from '../event-severity';

/** Settings of `@TrackEvent(name, options)`. Nothing from arguments or results is recorded unless asked. */
export interface TrackEventOptions<TArgs extends any[] = any[], TResult = any> {
  /** Attributes taken from the call's arguments (on success and on failure). @default none */
  attributes?: (...args: TArgs) => Record<string, unknown>;
  /** Attributes taken from the result (the resolved value, or an Observable's last value). @default none */
  resultAttributes?: (result: Awaited<TResult>, ...args: TArgs) => Record<string, unknown>;
  /** Extra attributes of the error event. @default none */
  errorAttributes?: (error: unknown, ...args: TArgs) => Record<string, unknown>;
  /** Name of the event emitted when the method throws or rejects. @default `${name}_failed` */
  errorEvent?: string;
  /** Severity of the success event. @default 'info' */
  severity?: EventSeverity;
  /** Severity of the error event. @default 'error' */
  errorSeverity?: EventSeverity;
  /** Fraction of successful calls that emit (error events are always emitted). @default events.sampleRate */
  sampleRate?: number;
  /** Add `error.stack` to the error event. @default false */
  includeStack?: boolean;
  /** Record the arguments as the `input` attribute (redacted and truncated). @default events.recordInputs */
  recordInputs?: boolean;
  /** Record the result as the `output` attribute (redacted and truncated). @default events.recordOutputs */
  recordOutputs?: boolean;
}
