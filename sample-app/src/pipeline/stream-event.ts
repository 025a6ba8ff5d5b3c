import type { FinalResponse } from './final-response';

/** One server-sent event of GET /v1/messages/stream: text deltas, then the final response. */
export type StreamEvent =
  { type: 'delta'; delta: string } | { type: 'done'; response: FinalResponse };
