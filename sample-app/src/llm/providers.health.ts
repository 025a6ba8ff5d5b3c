import { Inject, Injectable } from '@nestjs/common';
import {
  TelemetryHealthCheck,
  type HealthCheckResult,
  type TelemetryHealthIndicator,
} from 'nestjs-telemetry';
import type { FakeLlmProvider } from './fake-llm.provider';
import { PRIMARY_LLM, SECONDARY_LLM } from './llm.tokens';

/** Below this many recent calls a provider is not judged. */
const MIN_CALLS = 5;

/**
 * `llm_providers` in /health: degraded when a provider failed half of its recent calls, down
 * (readiness 503) when both fail nearly every call, since then no message can be answered.
 */
@TelemetryHealthCheck('llm_providers', { timeoutMs: 500 })
@Injectable()
export class ProvidersHealth implements TelemetryHealthIndicator {
  constructor(
    @Inject(PRIMARY_LLM) private readonly primary: FakeLlmProvider,
    @Inject(SECONDARY_LLM) private readonly secondary: FakeLlmProvider,
  ) {}

  check(): HealthCheckResult {
    const providers = [this.primary, this.secondary].map((p) => ({
      provider: p.name,
      model: p.model,
      recentCalls: p.recent.calls,
      failureRatio: Math.round(p.recent.failureRatio() * 100) / 100,
    }));
    const judged = providers.filter((p) => p.recentCalls >= MIN_CALLS);
    const failing = (limit: number) => judged.filter((p) => p.failureRatio >= limit).length;
    const status =
      failing(0.9) === providers.length ? 'down' : failing(0.5) > 0 ? 'degraded' : 'up';
    return { status, providers };
  }
}
