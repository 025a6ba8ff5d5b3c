import { Inject, Injectable, Logger } from '@nestjs/common';
import { Empty, Instrument, isClientHttpError, TelemetryService } from 'nestjs-telemetry';
import type { FakeLlmProvider } from '../llm/fake-llm.provider';
import { PRIMARY_LLM } from '../llm/llm.tokens';
import { ProviderRouter } from '../llm/provider-router.service';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import type { Session } from '../sessions/session';
import { SessionStore } from '../sessions/session.store';
import { collectAnswer } from './collect-answer';
import type { FinalResponse } from './final-response';
import type { NormalizedMessage } from './normalized-message';
import { AuthResolveStage } from './stages/auth-resolve.stage';
import { ContextGuardStage, type GuardedContext } from './stages/context-guard.stage';
import { HistorySanitizeStage } from './stages/history-sanitize.stage';
import { RespondStage } from './stages/respond.stage';
import type { StreamEvent } from './stream-event';

/** The fields of both pipeline spans; total_tokens is recorded after the context guard. */
const MESSAGE_FIELDS = {
  session_key: (m: NormalizedMessage) => m.session_key,
  channel_id: (m: NormalizedMessage) => m.channel_id,
  message_id: (m: NormalizedMessage) => m.id,
  total_tokens: Empty,
} as const;

/**
 * ClawDesk's pipeline (seed 001): auth_resolve → history_sanitize → context_guard (records
 * total_tokens) → provider call (with fallback) → response. Each stage is a child span.
 */
@Injectable()
export class PipelineService {
  private readonly logger = new Logger(PipelineService.name);

  constructor(
    private readonly telemetry: TelemetryService,
    private readonly auth: AuthResolveStage,
    private readonly history: HistorySanitizeStage,
    private readonly guard: ContextGuardStage,
    private readonly respond: RespondStage,
    private readonly router: ProviderRouter,
    private readonly sessions: SessionStore,
    private readonly metrics: GatewayMetrics,
    @Inject(PRIMARY_LLM) private readonly primary: FakeLlmProvider,
  ) {}

  @Instrument<PipelineService['process']>('pipeline.process', {
    fields: MESSAGE_FIELDS,
    expectedErrors: isClientHttpError,
  })
  async process(message: NormalizedMessage): Promise<FinalResponse> {
    try {
      const { session, context } = await this.prepare(message);
      const answer = await this.telemetry.span('stage.provider_call', () =>
        this.router.chat({ messages: context.messages }),
      );
      return await this.telemetry.span('stage.response', () =>
        this.respond.execute(session, message, answer, this.primary.name),
      );
    } catch (error) {
      this.metrics.messageHandled(message.channel_id, 'error');
      throw error;
    }
  }

  /** The same pipeline, with the provider's answer streamed as it is generated. */
  @Instrument<PipelineService['stream']>('pipeline.stream', {
    fields: MESSAGE_FIELDS,
    expectedErrors: isClientHttpError,
  })
  async *stream(message: NormalizedMessage): AsyncGenerator<StreamEvent> {
    const { session, context } = await this.prepare(message);
    const chunks = this.telemetry.span('stage.provider_call', () =>
      this.router.stream({ messages: context.messages }),
    );
    const answer = yield* collectAnswer(chunks);
    const response = await this.telemetry.span('stage.response', () =>
      this.respond.execute(session, message, answer, this.primary.name),
    );
    yield { type: 'done', response };
  }

  private async prepare(
    message: NormalizedMessage,
  ): Promise<{ session: Session; context: GuardedContext }> {
    await this.telemetry.span(
      'stage.auth_resolve',
      async (span) => {
        const auth = await this.auth.execute(message);
        span.setAttribute('channel_kind', auth.channel_kind);
      },
      { expectedErrors: isClientHttpError }, // a refused channel is a 403, not a failure
    );
    const session = this.sessions.open(message.session_key, message.channel_id);
    const history = await this.telemetry.span('stage.history_sanitize', async (span) => {
      span.setAttribute('history_turns', session.history.length);
      return this.history.execute(session.history);
    });
    const context = await this.telemetry.span('stage.context_guard', async (span) => {
      const guarded = await this.guard.execute(history, message.text);
      span.setAttributes({
        total_tokens: guarded.total_tokens,
        trimmed_turns: guarded.trimmed_turns,
      });
      return guarded;
    });
    this.telemetry.record('total_tokens', context.total_tokens);
    // A JSON line with trace_id, span_id and the fields of pipeline.process (seed 001's "spans").
    this.logger.log({
      msg: 'context assembly completed',
      stage: 'context_guard',
      total_tokens: context.total_tokens,
      trimmed_turns: context.trimmed_turns,
    });
    return { session, context };
  }
}
