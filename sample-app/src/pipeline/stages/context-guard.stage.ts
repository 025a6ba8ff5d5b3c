import { Inject, Injectable, PayloadTooLargeException } from '@nestjs/common';
import { GATEWAY_SETTINGS, type GatewaySettings } from '../../gateway-settings';
import { countTokens } from '../../llm/deterministic';
import type { ChatTurn } from '../../llm/llm-types';

/** The prompt that fits the context window. */
export interface GuardedContext {
  messages: ChatTurn[];
  total_tokens: number;
  trimmed_turns: number;
}

/**
 * Stage 3: keeps the newest turns that fit CONTEXT_MAX_TOKENS together with the new message; a
 * message that alone does not fit is a 413.
 */
@Injectable()
export class ContextGuardStage {
  constructor(@Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings) {}

  async execute(history: readonly ChatTurn[], text: string): Promise<GuardedContext> {
    const max = this.settings.contextMaxTokens;
    let total = countTokens(text);
    if (total > max) throw new PayloadTooLargeException(`message has ${total} tokens; max ${max}`);
    const kept: ChatTurn[] = [];
    for (const turn of [...history].reverse()) {
      const tokens = countTokens(turn.text);
      if (total + tokens > max) break;
      total += tokens;
      kept.unshift(turn);
    }
    const messages: ChatTurn[] = [...kept, { role: 'user', text }];
    return { messages, total_tokens: total, trimmed_turns: history.length - kept.length };
  }
}
