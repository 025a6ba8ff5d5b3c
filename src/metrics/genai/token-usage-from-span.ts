import type { GenAiSpanUsage } from '../../tracing/genai-usage';
import type { TokenUsage } from './token-usage';

/** The usage a finished GenAI provider span reports, in the shape `recordTokenUsage()` takes. */
export function tokenUsageFromSpan(span: GenAiSpanUsage): TokenUsage {
  return {
    provider: span.provider ?? 'unknown',
    model: span.requestModel ?? span.responseModel ?? 'unknown',
    responseModel: span.responseModel,
    operation: span.operation,
    inputTokens: span.inputTokens,
    outputTokens: span.outputTokens,
    cachedInputTokens: span.cacheReadInputTokens,
    durationS: span.durationMs / 1000,
    errorType: span.errorType,
  };
}
