import { Injectable } from '@nestjs/common';
import { TrackEvent } from 'nestjs-telemetry';
import type { TokenUsage } from '../../llm/llm-types';
import { GatewayMetrics } from '../../metrics/gateway-metrics';
import type { Session } from '../../sessions/session';
import type { FinalResponse } from '../final-response';
import type { NormalizedMessage } from '../normalized-message';

/** The provider's answer, as the response stage needs it. */
export interface Answer {
  provider: string;
  model: string;
  text: string;
  usage: TokenUsage;
}

/**
 * Last stage: appends the turn to the session, counts the message by channel and builds the
 * response. `@TrackEvent` emits message_processed with the session, channel, model and tokens.
 */
@Injectable()
export class RespondStage {
  constructor(private readonly metrics: GatewayMetrics) {}

  @TrackEvent<Parameters<RespondStage['execute']>, FinalResponse>('message_processed', {
    attributes: (session, message) => ({ session_id: session.id, channel: message.channel_id }),
    resultAttributes: (response) => ({
      model: response.model,
      tokens: response.usage.input_tokens + response.usage.output_tokens,
      fallback: response.fallback,
    }),
  })
  async execute(
    session: Session,
    message: NormalizedMessage,
    answer: Answer,
    primaryProvider: string,
  ): Promise<FinalResponse> {
    const tokens = answer.usage.input_tokens + answer.usage.output_tokens;
    session.history.push(
      { role: 'user', text: message.text },
      { role: 'assistant', text: answer.text },
    );
    session.message_count += 1;
    session.total_tokens += tokens;
    session.last_active_at = new Date().toISOString();
    this.metrics.messageHandled(message.channel_id, 'ok');
    return {
      message_id: message.id,
      session_key: session.id,
      reply: answer.text,
      provider: answer.provider,
      model: answer.model,
      usage: answer.usage,
      fallback: answer.provider !== primaryProvider,
    };
  }
}
