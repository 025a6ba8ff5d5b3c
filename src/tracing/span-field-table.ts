/**
 * The fields a span declared (at start, empty, or from the result) and the attribute each one is
 * written to; kept for spans that declared `Empty` fields or are GenAI spans.
 * `TelemetryService.record(key, value)` looks the active span's table up in the runtime; a span
 * without a table accepts any key as it is.
 */
export interface SpanFieldTable {
  /** Span name as declared, for diagnostics. */
  readonly spanName: string;
  /** Declared field name → attribute name. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Set on GenAI spans: recording the model renames the span to "{operation} {model}". */
  readonly genAiOperation: string | undefined;
}
