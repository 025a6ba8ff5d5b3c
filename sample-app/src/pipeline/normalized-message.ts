import { BadRequestException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

/** The body of POST /v1/messages (and the query of GET /v1/messages/stream). */
export interface MessageInput {
  session_key: string;
  channel_id: string;
  text: string;
}

/** A validated message with the id the gateway gives it. */
export interface NormalizedMessage extends MessageInput {
  id: string;
  received_at: string;
}

const MAX_TEXT = 8000;

/** Validates the input and gives it an id; a bad field is a 400 naming that field. */
export function normalizeMessage(input: unknown): NormalizedMessage {
  const body = (typeof input === 'object' && input !== null ? input : {}) as Record<
    string,
    unknown
  >;
  const problems: string[] = [];
  for (const key of ['session_key', 'channel_id', 'text'] as const) {
    const value = body[key];
    if (typeof value !== 'string' || value.trim() === '')
      problems.push(`${key} must be a non-empty string`);
  }
  if (typeof body.text === 'string' && body.text.length > MAX_TEXT)
    problems.push(`text must be at most ${MAX_TEXT} characters`);
  if (problems.length) throw new BadRequestException(problems);
  return {
    id: `msg_${randomUUID()}`,
    session_key: body.session_key as string,
    channel_id: body.channel_id as string,
    text: body.text as string,
    received_at: new Date().toISOString(),
  };
}
