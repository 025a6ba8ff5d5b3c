import type { TokenUsage } from '../llm/llm-types';

/** What POST /v1/messages answers. */
export interface FinalResponse {
  message_id: string;
  session_key: string;
  reply: string;
  provider: string;
  model: string;
  usage: TokenUsage;
  /** True when the primary provider failed and the secondary answered. */
  fallback: boolean;
}
