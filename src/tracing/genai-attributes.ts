/**
 * OpenTelemetry GenAI semantic-convention attribute names used by the `genAi` preset of
 * `@Instrument` and by GenAI metrics. They are incubating in `@opentelemetry/semantic-conventions`,
 * so they are spelled here (as that package recommends) and shared from this one file.
 */
export const GEN_AI_OPERATION_NAME = 'gen_ai.operation.name';
export const GEN_AI_PROVIDER_NAME = 'gen_ai.provider.name';
export const GEN_AI_REQUEST_MODEL = 'gen_ai.request.model';
export const GEN_AI_RESPONSE_MODEL = 'gen_ai.response.model';
export const GEN_AI_USAGE_INPUT_TOKENS = 'gen_ai.usage.input_tokens';
export const GEN_AI_USAGE_OUTPUT_TOKENS = 'gen_ai.usage.output_tokens';
export const GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS = 'gen_ai.usage.cache_read.input_tokens';

/**
 * Field names a GenAI span accepts without declaring them (the seed's `provider.chat` fields and
 * the convention names themselves), and the attribute each one is written to.
 */
export const GEN_AI_FIELD_ATTRIBUTES: Readonly<Record<string, string>> = {
  provider: GEN_AI_PROVIDER_NAME,
  model: GEN_AI_REQUEST_MODEL,
  request_model: GEN_AI_REQUEST_MODEL,
  response_model: GEN_AI_RESPONSE_MODEL,
  input_tokens: GEN_AI_USAGE_INPUT_TOKENS,
  output_tokens: GEN_AI_USAGE_OUTPUT_TOKENS,
  cache_read_input_tokens: GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS,
  duration_ms: 'duration_ms',
  tool_calls: 'tool_calls',
  [GEN_AI_OPERATION_NAME]: GEN_AI_OPERATION_NAME,
  [GEN_AI_PROVIDER_NAME]: GEN_AI_PROVIDER_NAME,
  [GEN_AI_REQUEST_MODEL]: GEN_AI_REQUEST_MODEL,
  [GEN_AI_RESPONSE_MODEL]: GEN_AI_RESPONSE_MODEL,
  [GEN_AI_USAGE_INPUT_TOKENS]: GEN_AI_USAGE_INPUT_TOKENS,
  [GEN_AI_USAGE_OUTPUT_TOKENS]: GEN_AI_USAGE_OUTPUT_TOKENS,
  [GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS]: GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS,
};
