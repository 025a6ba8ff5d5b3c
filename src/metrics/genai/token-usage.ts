/** One GenAI call's usage, as `recordTokenUsage()` takes it. */
export interface TokenUsage {
  /** `gen_ai.provider.name`, e.g. `openai`, `anthropic`. */
  provider: string;
  /** `gen_ai.request.model`, the model asked for. */
  model: string;
  /** `gen_ai.response.model`, the model that answered, if known. Prices are looked up by it first. */
  responseModel?: string;
  /** `gen_ai.operation.name`. @default 'chat' */
  operation?: string;
  /** Input tokens, cached ones included. */
  inputTokens?: number;
  /** Output tokens. */
  outputTokens?: number;
  /** Of the input tokens, how many were read from the provider's cache (billed at `cachedInput`). */
  cachedInputTokens?: number;
  /** Duration of the call in seconds, for `gen_ai.client.operation.duration`. */
  durationS?: number;
  /** `error.type` when the call failed (duration is still recorded). */
  errorType?: string;
}
