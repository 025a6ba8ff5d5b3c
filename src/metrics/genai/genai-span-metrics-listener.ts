import type { GenAiSpanListener } from '../../tracing/genai-usage';
import type { GenAiMetrics } from './gen-ai-metrics';

/**
 * Feeds the `gen_ai.client.*` metrics from every GenAI provider span (`@Instrument({ genAi })`,
 * `TelemetryService.span(name, fn, { genAi })`) when it ends. Spans without a provider or model
 * are skipped: they cannot be labelled.
 */
export function genAiSpanMetricsListener(genAi: GenAiMetrics): GenAiSpanListener {
  return (usage) => {
    const model = usage.requestModel ?? usage.responseModel;
    if (usage.provider === undefined || model === undefined) return;
    genAi.recordTokenUsage({
      operation: usage.operation,
      provider: usage.provider,
      model,
      responseModel: usage.responseModel,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      cachedInputTokens: usage.cacheReadInputTokens,
      durationS: usage.durationMs / 1000,
      errorType: usage.errorType,
    });
  };
}
