import type { Attributes, SpanKind } from '@opentelemetry/api';
import type { Observable } from 'rxjs';
import type { Empty } from '../tracing/empty-field';
import type { ExpectedErrors } from '../tracing/expected-errors';
import type { GenAiOptions } from '../tracing/genai-options';

/** Any method. */
export type AnyMethod = (...args: any[]) => any;

/** A field computed from `this` (the instance) when the call starts. */
export interface FromThis<This> {
  fromThis: (self: This) => unknown;
}

/**
 * Where a field's value comes from:
 * - a function of the call's arguments, `(message) => message.sessionKey`;
 * - `{ fromThis: (self) => self.name }`, computed from the instance;
 * - `Empty`: declared now, recorded later with `TelemetryService.record(key, value)`.
 */
export type FieldSource<M extends AnyMethod, This> =
  ((...args: Parameters<M>) => unknown) | FromThis<This> | typeof Empty;

/** What result extractors receive: the resolved value, or the last value of an Observable. */
export type InstrumentResult<M extends AnyMethod> =
  ReturnType<M> extends Observable<infer T> ? T : Awaited<ReturnType<M>>;

/**
 * Options of `@Instrument`. Type arguments make TypeScript check the extractors against the
 * method: `@Instrument<PipelineService['process']>(...)` types each extractor's parameters as the
 * method's parameters and its result extractors' input as its (awaited) result, and fails to
 * compile when applied to a method of another shape. Add the class as second type argument to
 * type `fromThis`. Without type arguments, extractors take `any`.
 *
 * Arguments and results are never written to the span unless a field extracts them, and only
 * strings, numbers, booleans (and arrays of them), bigints and Dates are written; an extractor
 * returning an object is skipped and counted, as is an extractor that throws.
 */
export interface InstrumentOptions<M extends AnyMethod = AnyMethod, This = any> {
  /** Span kind. @default SpanKind.INTERNAL (CLIENT with `genAi`) */
  kind?: SpanKind;
  /** Attributes with fixed values, set at start. @default undefined */
  attributes?: Attributes;
  /** Fields computed at start (from arguments or `this`) or declared `Empty`. Method only. @default undefined */
  fields?: { [key: string]: FieldSource<M, This> };
  /** Fields computed from a successful result. Method only. @default undefined */
  result?: { [key: string]: (result: InstrumentResult<M>) => unknown };
  /** Errors that are not failures (e.g. `isClientHttpError` for 4xx HttpExceptions). @default undefined */
  expectedErrors?: ExpectedErrors;
  /** Make this a GenAI provider span (`gen_ai.*` attributes, name "{operation} {model}"). @default undefined */
  genAi?: GenAiOptions;
  /**
   * Also record RED metrics of every call, sampled or not: `method_calls_total` and
   * `method_duration_seconds` by `code_function_name` (`Class.method`), outcome and error type.
   * @default false
   */
  red?: boolean;
  /** On a class: only these methods. @default every own method */
  include?: readonly (string | symbol)[];
  /** On a class: every own method but these. @default [] */
  exclude?: readonly (string | symbol)[];
}

/** The decorator `@Instrument(...)` returns: usable on a class or on a method of type `M`. */
export interface InstrumentDecorator<M extends AnyMethod, This> {
  (target: abstract new (...args: any[]) => unknown): void;
  <T extends M>(
    target: This extends object ? This : object,
    propertyKey: string | symbol,
    descriptor: TypedPropertyDescriptor<T>,
  ): TypedPropertyDescriptor<T>;
}
