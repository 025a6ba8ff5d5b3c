import { Inject, Injectable } from '@nestjs/common';
import type { FakeLlmProvider } from '../llm/fake-llm.provider';
import type { TokenUsage } from '../llm/llm-types';
import { PRIMARY_LLM } from '../llm/llm.tokens';
import { ProviderRouter } from '../llm/provider-router.service';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { SessionStore } from '../sessions/session.store';
import { interimRecord, interimSpan } from '../telemetry/interim-span';
import type { FinalResponse } from './final-response';
import type { NormalizedMessage } from './normalized-message';
import { AuthResolveStage } from './stages/auth-resolve.stage';
import type { GuardedContext } from './stages/context-guard.stage';
import { ContextGuardStage } from './stages/context-guard.stage';
import { HistorySanitizeStage } from './stages/history-sanitize.stage';
import { RespondStage } from './stages/respond.stage';
import type { StreamEvent } from './stream-event';
import type { Session } from '../sessions/session';

/**
 * ClawDesk's pipeline (seed 001): auth_resolve → history_sanitize → context_guard (records
 * total_tokens) → provider call (with fallback) → response. Each stage is a child span.
 */
@Injectable()
export class PipelineService {
  constructor(
    private readonly auth: AuthResolveStage,
    private readonly history: HistorySanitizeStage,
    private readonly guard: ContextGuardStage,
    private readonly respond: RespondStage,
    private readonly router: ProviderRouter,
    private readonly sessions: SessionStore,
    private readonly metrics: GatewayMetrics,
    @Inject(PRIMARY_LLM) private readonly primary: FakeLlmProvider,
  ) {}

  // TODO(issue-3): @Instrument('pipeline.process', { fields: { session_key, channel_id, message_id, total_tokens: Empty } })
  async process(message: NormalizedMessage): Promise<FinalResponse> {
    return interimSpan('pipeline.process', spanFields(message), async () => {
      try {
        const { session, context } = await this.prepare(message);
        const answer = await stage('stage.provider_call', () =>
          this.router.chat({ messages: context.messages }),
        );
        return await stage('stage.response', () =>
          this.respond.execute(session, message, answer, this.primary.name),
        );
      } catch (error) {
        this.metrics.messageHandled(message.channel_id, 'error');
        throw error;
      }
    });
  }

  /** The same pipeline, with the provider's answer streamed as it is generated. */
  // TODO(issue-3): @Instrument('pipeline.stream', { fields: ... }) — an async generator span.
  async *stream(message: NormalizedMessage): AsyncGenerator<StreamEvent> {
    const { session, context } = await this.prepare(message);
    let text = '';
    let usage: TokenUsage = { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0 };
    let answeredBy = { provider: this.primary.name, model: this.primary.model };
    for await (const chunk of this.router.stream({ messages: context.messages })) {
      text += chunk.delta;
      usage = chunk.usage ?? usage;
      answeredBy = { provider: chunk.provider, model: chunk.model };
      yield { type: 'delta', delta: chunk.delta };
    }
    const answer = { ...answeredBy, text, usage };
    const response = await stage('stage.response', () =>
      this.respond.execute(session, message, answer, this.primary.name),
    );
    yield { type: 'done', response };
  }

  private async prepare(
    message: NormalizedMessage,
  ): Promise<{ session: Session; context: GuardedContext }> {
    await stage('stage.auth_resolve', () => this.auth.execute(message));
    const session = this.sessions.open(message.session_key, message.channel_id);
    const history = await stage('stage.history_sanitize', () =>
      this.history.execute(session.history),
    );
    const context = await stage('stage.context_guard', () =>
      this.guard.execute(history, message.text),
    );
    interimRecord('total_tokens', context.total_tokens);
    return { session, context };
  }
}

// TODO(issue-3): TelemetryService.span(name, fn).
function stage<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return interimSpan(name, {}, fn);
}

function spanFields(message: NormalizedMessage) {
  return {
    session_key: message.session_key,
    channel_id: message.channel_id,
    message_id: message.id,
  };
}
