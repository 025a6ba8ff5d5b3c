import type { AttributeValue, Attributes, SpanKind } from '@opentelemetry/api';
import type { Empty } from './empty-field';
import type { ExpectedErrors } from './expected-errors';
import type { GenAiOptions } from './genai-options';

/** Options of `TelemetryService.span(name, fn, options)`. */
export interface TelemetrySpanOptions {
  /** Span kind. @default SpanKind.INTERNAL (CLIENT with `genAi`) */
  kind?: SpanKind;
  /** Attributes set when the span starts. @default undefined */
  attributes?: Attributes;
  /**
   * Fields: a value recorded at start, or `Empty` to declare a field recorded later with
   * `TelemetryService.record` (see `@Instrument` for the rules on undeclared fields).
   * @default undefined
   */
  fields?: Record<string, AttributeValue | typeof Empty>;
  /** Errors that leave the status unset (e.g. `isClientHttpError`). @default undefined */
  expectedErrors?: ExpectedErrors;
  /** Make this a GenAI provider span (see `GenAiOptions`). @default undefined */
  genAi?: GenAiOptions;
}
