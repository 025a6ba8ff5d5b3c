import { setTimeout as sleep } from 'node:timers/promises';
import { composeReply, countTokens, seededRandom } from './deterministic';
import type { FakeLlmSettings } from './fake-llm-settings';
import type { ProviderRequest, ProviderResponse, StreamChunk, TokenUsage } from './llm-types';
import { ProviderUnavailableError, RateLimitError } from './provider-errors';

/**
 * An in-process LLM provider: deterministic answers, token counts from the text, a latency, and
 * rate limits / failures drawn from a seeded generator at the configured rates.
 */
export class FakeLlmProvider {
  private readonly draw: () => number;

  constructor(readonly settings: FakeLlmSettings) {
    this.draw = seededRandom(settings.seed);
  }

  get name(): string {
    return this.settings.name;
  }

  get model(): string {
    return this.settings.model;
  }

  // TODO(issue-3): @Instrument({ genAi: ... }) replaces the manual span in ProviderRouter.
  async chat(request: ProviderRequest): Promise<ProviderResponse> {
    const started = Date.now();
    this.failMaybe();
    const { reply, usage } = this.answer(request);
    await sleep(this.settings.latencyMs + usage.output_tokens * this.settings.msPerToken);
    const tool_calls = (lastUserText(request).match(/\btool\b/gi) ?? []).length;
    const duration_ms = Date.now() - started;
    return { provider: this.name, model: this.model, text: reply, usage, tool_calls, duration_ms };
  }

  /** Streams the answer word by word; the last chunk carries the usage. */
  async *stream(request: ProviderRequest): AsyncGenerator<StreamChunk> {
    this.failMaybe();
    const { reply, usage } = this.answer(request);
    await sleep(this.settings.latencyMs);
    const words = reply.split(' ');
    for (let i = 0; i < words.length; i++) {
      await sleep(this.settings.msPerToken);
      const delta = (i === 0 ? '' : ' ') + words[i];
      yield i === words.length - 1 ? { delta, usage } : { delta };
    }
  }

  private failMaybe(): void {
    const draw = this.draw();
    if (draw < this.settings.rateLimitRate) throw new RateLimitError(this.name);
    if (draw < this.settings.rateLimitRate + this.settings.failureRate)
      throw new ProviderUnavailableError(this.name);
  }

  private answer(request: ProviderRequest): { reply: string; usage: TokenUsage } {
    const reply = composeReply(this.model, lastUserText(request));
    const tokens = request.messages.map((m) => countTokens(m.text));
    const input_tokens = tokens.reduce((sum, n) => sum + n, 0);
    // The conversation before the last message is "cached" by the fake provider.
    const cache_read_input_tokens = input_tokens - (tokens.at(-1) ?? 0);
    return {
      reply,
      usage: { input_tokens, output_tokens: countTokens(reply), cache_read_input_tokens },
    };
  }
}

function lastUserText(request: ProviderRequest): string {
  return [...request.messages].reverse().find((m) => m.role === 'user')?.text ?? '';
}
