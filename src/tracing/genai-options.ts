/**
 * Marks a span as a GenAI provider call, following the OpenTelemetry GenAI semantic conventions:
 * kind CLIENT, `gen_ai.operation.name` and `gen_ai.provider.name` set, the span named
 * "{operation} {model}", and the seed's field names (`provider`, `model`, `response_model`,
 * `input_tokens`, `output_tokens`, `cache_read_input_tokens`, `duration_ms`, `tool_calls`)
 * accepted without declaring them and written to the `gen_ai.*` attributes.
 */
export interface GenAiOptions {
  /** `gen_ai.operation.name`, e.g. `chat`, `text_completion`, `embeddings`, `execute_tool`. */
  operation: string;
  /** `gen_ai.provider.name`, e.g. `openai`, `anthropic`; or record the `provider` field. @default undefined */
  provider?: string;
  /** `gen_ai.request.model` when it is fixed; or extract/record the `model` field. @default undefined */
  model?: string;
}
