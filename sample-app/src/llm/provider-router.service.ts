import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { GatewayEvents } from '../telemetry/gateway-events';
import type { FakeLlmProvider } from './fake-llm.provider';
import type { ProviderRequest, ProviderResponse, StreamChunk } from './llm-types';
import { PRIMARY_LLM, SECONDARY_LLM } from './llm.tokens';
import { ProviderError } from './provider-errors';

/**
 * Calls the primary provider; when it is rate limited (or unavailable) emits provider_error and
 * fallback_triggered and calls the secondary provider. When the secondary fails too, the client
 * gets a 503.
 */
@Injectable()
export class ProviderRouter {
  constructor(
    @Inject(PRIMARY_LLM) private readonly primary: FakeLlmProvider,
    @Inject(SECONDARY_LLM) private readonly secondary: FakeLlmProvider,
    private readonly events: GatewayEvents,
  ) {}

  async chat(request: ProviderRequest): Promise<ProviderResponse> {
    try {
      return await this.primary.chat(request);
    } catch (error) {
      this.onPrimaryFailed(error);
      return await this.secondary.chat(request).catch((e) => this.reported(e));
    }
  }

  /** The same fallback for a stream: only a failure before the first chunk falls back. */
  async *stream(request: ProviderRequest): AsyncGenerator<TaggedChunk> {
    const iterator = this.primary.stream(request);
    let first: IteratorResult<StreamChunk>;
    try {
      first = await iterator.next();
    } catch (error) {
      this.onPrimaryFailed(error);
      return yield* this.secondaryStream(request);
    }
    if (!first.done)
      yield { ...first.value, provider: this.primary.name, model: this.primary.model };
    yield* tagged(this.primary, iterator);
  }

  private async *secondaryStream(request: ProviderRequest): AsyncGenerator<TaggedChunk> {
    try {
      yield* tagged(this.secondary, this.secondary.stream(request));
    } catch (error) {
      this.reported(error);
    }
  }

  private onPrimaryFailed(error: unknown): void {
    if (!(error instanceof ProviderError)) throw error;
    this.events.providerError(error.provider, error.code);
    this.events.fallbackTriggered(this.primary.name, this.secondary.name, error.code);
  }

  /** The secondary failed too: a 503 for the client, after the provider_error event. */
  private reported(error: unknown): never {
    if (!(error instanceof ProviderError)) throw error;
    this.events.providerError(error.provider, error.code);
    throw new ServiceUnavailableException(`no provider available (${error.message})`);
  }
}

/** A chunk with the provider and model that produced it. */
export type TaggedChunk = StreamChunk & { provider: string; model: string };

async function* tagged(
  source: FakeLlmProvider,
  chunks: AsyncIterable<StreamChunk>,
): AsyncGenerator<TaggedChunk> {
  for await (const chunk of chunks) yield { ...chunk, provider: source.name, model: source.model };
}
