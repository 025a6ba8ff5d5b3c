import { setTimeout as sleep } from 'node:timers/promises';
import { Instrument, type TelemetryService } from 'nestjs-telemetry';
import { composeReply, countTokens, seededRandom } from './deterministic';
import type { FakeLlmSettings } from './fake-llm-settings';
import type { ProviderRequest, ProviderResponse, StreamChunk, TokenUsage } from './llm-types';
import { ProviderUnavailableError, RateLimitError } from './provider-errors';
import { RecentOutcomes } from './recent-outcomes';

/**
 * An in-process LLM provider: deterministic answers, token counts from the text, a latency, and
 * rate limits / failures drawn from a seeded generator at the configured rates.
 */
export class FakeLlmProvider {
  private readonly draw: () => number;
  /** Recent successes and failures, read by the providers' health check. */
  readonly recent = new RecentOutcomes();

  constructor(
    readonly settings: FakeLlmSettings,
    private readonly telemetry: TelemetryService,
  ) {
    this.draw = seededRandom(settings.seed);
  }

  get name(): string {
    return this.settings.name;
  }

  get model(): string {
    return this.settings.model;
  }

  /** A GenAI span `chat {model}`; its token counts feed the gen_ai.client.* metrics. */
  @Instrument<FakeLlmProvider['chat'], FakeLlmProvider>({
    genAi: { operation: 'chat' },
    fields: { provider: { fromThis: (p) => p.name }, model: { fromThis: (p) => p.model } },
    result: {
      response_model: (r) => r.model,
      input_tokens: (r) => r.usage.input_tokens,
      output_tokens: (r) => r.usage.output_tokens,
      cache_read_input_tokens: (r) => r.usage.cache_read_input_tokens,
      duration_ms: (r) => r.duration_ms,
      tool_calls: (r) => r.tool_calls,
    },
  })
  async chat(request: ProviderRequest): Promise<ProviderResponse> {
    const started = Date.now();
    this.failMaybe();
    const { reply, usage } = this.answer(request);
    await sleep(this.settings.latencyMs + usage.output_tokens * this.settings.msPerToken);
    const tool_calls = (lastUserText(request).match(/\btool\b/gi) ?? []).length;
    const duration_ms = Date.now() - started;
    return { provider: this.name, model: this.model, text: reply, usage, tool_calls, duration_ms };
  }

  /**
   * Streams the answer word by word; the last chunk carries the usage. The span lasts until the
   * stream ends, with time to first chunk and chunk count.
   */
  @Instrument<FakeLlmProvider['stream'], FakeLlmProvider>({
    genAi: { operation: 'chat' },
    fields: { provider: { fromThis: (p) => p.name }, model: { fromThis: (p) => p.model } },
  })
  async *stream(request: ProviderRequest): AsyncGenerator<StreamChunk> {
    this.failMaybe();
    const started = Date.now();
    const { reply, usage } = this.answer(request);
    await sleep(this.settings.latencyMs);
    const words = reply.split(' ');
    for (const [i, word] of words.entries()) {
      await sleep(this.settings.msPerToken);
      const last = i === words.length - 1;
      if (last) this.recordStreamUsage(usage, Date.now() - started);
      yield { delta: (i === 0 ? '' : ' ') + word, ...(last && { usage }) };
    }
  }

  /** A stream's usage is known at its end: record it on the (still open) stream span. */
  private recordStreamUsage(usage: TokenUsage, duration_ms: number): void {
    this.telemetry.record({ response_model: this.model, ...usage, duration_ms, tool_calls: 0 });
  }

  private failMaybe(): void {
    const draw = this.draw();
    this.recent.record(draw >= this.settings.rateLimitRate + this.settings.failureRate);
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
