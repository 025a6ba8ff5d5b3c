/** One turn of a conversation. */
export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
}

/** What the pipeline asks a provider for. */
export interface ProviderRequest {
  /** The model the caller wants; each fake provider answers with its own model. */
  model?: string;
  messages: ChatTurn[];
}

/** Token usage of one call. */
export interface TokenUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens: number;
}

/** A provider's answer. */
export interface ProviderResponse {
  provider: string;
  model: string;
  text: string;
  usage: TokenUsage;
  tool_calls: number;
  duration_ms: number;
}

/** A piece of a streamed answer; the last one carries the usage. */
export interface StreamChunk {
  delta: string;
  usage?: TokenUsage;
}
