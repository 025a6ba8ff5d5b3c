import type { ChatTurn } from '../llm/llm-types';

/** A conversation, keyed by the client's session_key. */
export interface Session {
  id: string;
  channel_id: string;
  created_at: string;
  last_active_at: string;
  message_count: number;
  total_tokens: number;
  history: ChatTurn[];
}

/** What GET /v1/sessions/:id answers: the session without its full history. */
export function describeSession(session: Session): Omit<Session, 'history'> & { turns: number } {
  const { history, ...rest } = session;
  return { ...rest, turns: history.length };
}
