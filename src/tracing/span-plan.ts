import type { SpanOptions } from '@opentelemetry/api';
import type { SpanFieldTable } from './span-field-table';

/** A field computed when the call starts, from the arguments or from `this`. */
export interface StartField {
  readonly key: string;
  readonly attribute: string;
  /** Called with the call's arguments (`fromThis` false) or with `this` (`fromThis` true). */
  readonly extract: (...input: any[]) => unknown;
  readonly fromThis: boolean;
}

/** A field computed from the successful result (the resolved value, the last Observable value). */
export interface ResultField {
  readonly key: string;
  readonly attribute: string;
  readonly extract: (result: any) => unknown;
}

/**
 * Everything about a span that can be decided before the call: built once when `@Instrument` is
 * applied (or once per `TelemetryService.span` call), so a traced call only reads it.
 */
export interface SpanPlan {
  readonly name: string;
  /** Kind and static attributes, passed to `tracer.startSpan` as they are. */
  readonly options: SpanOptions;
  readonly startFields: readonly StartField[];
  readonly resultFields: readonly ResultField[];
  /** Present when the span declared fields (or is a GenAI span). */
  readonly fieldTable: SpanFieldTable | undefined;
  /** Errors for which it returns true leave the span status unset. */
  readonly isExpectedError: ((error: unknown) => boolean) | undefined;
}
