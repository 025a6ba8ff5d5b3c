import type { Attributes } from '@opentelemetry/api';
import type { GenAiModelPrice } from '../../config/options/metrics.options';
import type { TelemetryDiagnostics } from '../../diagnostics/telemetry-diagnostics';
import type { Counter } from '../registry/counter';
import type { Histogram } from '../registry/histogram';
import type { TelemetryMetrics } from '../telemetry-metrics';
import { estimateCost } from './estimate-cost';
import { GEN_AI, OPERATION_DURATION_BUCKETS, TOKEN_USAGE_BUCKETS } from './gen-ai-attributes';
import type { TokenUsage } from './token-usage';
import { usageFromSpanAttributes } from './usage-from-span-attributes';

const CALL = [GEN_AI.operationName, GEN_AI.providerName, GEN_AI.requestModel, GEN_AI.responseModel];

/**
 * GenAI client metrics of the semantic conventions — `gen_ai.client.token.usage` ({token}) and
 * `gen_ai.client.operation.duration` (s), with their specified buckets — plus a cost counter
 * `gen_ai.client.cost.usd` priced from `metrics.genAi.prices` (user-supplied USD per 1M tokens).
 */
export class GenAiMetrics {
  private readonly tokens: Histogram;
  private readonly duration: Histogram;
  private readonly cost: Counter;

  constructor(
    metrics: TelemetryMetrics,
    private readonly prices: Readonly<Record<string, GenAiModelPrice>>,
    private readonly diagnostics: TelemetryDiagnostics,
  ) {
    this.tokens = metrics.defineStandard('histogram', {
      name: 'gen_ai.client.token.usage',
      help: 'Number of input and output tokens used.',
      unit: '{token}',
      labelNames: [...CALL, GEN_AI.tokenType],
      buckets: TOKEN_USAGE_BUCKETS,
    });
    this.duration = metrics.defineStandard('histogram', {
      name: 'gen_ai.client.operation.duration',
      help: 'GenAI operation duration.',
      unit: 's',
      labelNames: [...CALL, GEN_AI.errorType],
      buckets: OPERATION_DURATION_BUCKETS,
    });
    this.cost = metrics.defineStandard('counter', {
      name: 'gen_ai.client.cost.usd',
      help: 'Estimated cost of GenAI calls in USD, from the configured price table.',
      unit: '{USD}',
      labelNames: [GEN_AI.providerName, GEN_AI.requestModel, GEN_AI.tokenType],
    });
  }

  /** Records one call's tokens, duration and cost. Never throws: unreadable input is counted. */
  recordTokenUsage(usage: TokenUsage): void {
    try {
      this.recordUsage(usage);
    } catch {
      this.diagnostics.count('genai_usage_failed');
    }
  }

  private recordUsage(usage: TokenUsage): void {
    const call = {
      [GEN_AI.operationName]: usage.operation ?? 'chat',
      [GEN_AI.providerName]: usage.provider,
      [GEN_AI.requestModel]: usage.model,
      [GEN_AI.responseModel]: usage.responseModel,
    };
    const input = count(usage.inputTokens);
    const output = count(usage.outputTokens);
    if (input !== undefined) this.tokens.record(input, { ...call, [GEN_AI.tokenType]: 'input' });
    if (output !== undefined) this.tokens.record(output, { ...call, [GEN_AI.tokenType]: 'output' });
    if (usage.durationS !== undefined) {
      this.duration.record(usage.durationS, { ...call, [GEN_AI.errorType]: usage.errorType });
    }
    this.recordCost(usage, input ?? 0, output ?? 0);
  }

  /**
   * Records the metrics of a finished GenAI span from its attributes (`gen_ai.usage.*`,
   * `gen_ai.provider.name` or `gen_ai.system`, models, `error.type`). For the GenAI span decorators.
   */
  recordFromSpanAttributes(attributes: Attributes, durationS?: number): void {
    const usage = usageFromSpanAttributes(attributes, durationS);
    if (usage) this.recordTokenUsage(usage);
  }

  private recordCost(usage: TokenUsage, input: number, output: number): void {
    const model =
      usage.responseModel && this.prices[usage.responseModel] ? usage.responseModel : usage.model;
    const price = this.prices[model];
    if (!price) {
      if (Object.keys(this.prices).length > 0) {
        this.diagnostics.warnOnce(
          `gen-ai-price:${model}`,
          `No price for GenAI model "${model}" in metrics.genAi.prices; its cost is not counted.`,
        );
      }
      return;
    }
    const cost = estimateCost(price, {
      input,
      output,
      cachedInput: count(usage.cachedInputTokens) ?? 0,
    });
    const labels = { [GEN_AI.providerName]: usage.provider, [GEN_AI.requestModel]: usage.model };
    if (cost.input > 0) this.cost.add(cost.input, { ...labels, [GEN_AI.tokenType]: 'input' });
    if (cost.cachedInput > 0)
      this.cost.add(cost.cachedInput, { ...labels, [GEN_AI.tokenType]: 'cached_input' });
    if (cost.output > 0) this.cost.add(cost.output, { ...labels, [GEN_AI.tokenType]: 'output' });
  }
}

function count(n: number | undefined): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}
