import { envNumber, envRate } from '../gateway-settings';

/** How one simulated provider behaves. */
export interface FakeLlmSettings {
  /** Provider name, e.g. `primary-ai` (the `gen_ai.provider.name`). */
  name: string;
  /** The model it answers with. */
  model: string;
  /** Fraction of calls answered with a 429 rate limit. */
  rateLimitRate: number;
  /** Fraction of calls answered with a 503. */
  failureRate: number;
  /** Base latency of a call, in ms. */
  latencyMs: number;
  /** Extra latency per output token, in ms (streaming waits this long between chunks). */
  msPerToken: number;
  /** Seed of the failure draws: the same seed fails the same calls. */
  seed: number;
}

/**
 * Settings of the primary (`LLM_PRIMARY_*`) or secondary (`LLM_SECONDARY_*`) provider:
 * `_MODEL`, `_RATE_LIMIT_RATE`, `_FAILURE_RATE`; shared `LLM_LATENCY_MS`, `LLM_MS_PER_TOKEN`, `LLM_SEED`.
 */
export function readFakeLlmSettings(
  role: 'primary' | 'secondary',
  env = process.env,
): FakeLlmSettings {
  const prefix = `LLM_${role.toUpperCase()}_`;
  return {
    name: role === 'primary' ? 'primary-ai' : 'secondary-ai',
    model: env[`${prefix}MODEL`] ?? (role === 'primary' ? 'large-model-1' : 'small-model-1'),
    rateLimitRate: envRate(`${prefix}RATE_LIMIT_RATE`, role === 'primary' ? 0.1 : 0, env),
    failureRate: envRate(`${prefix}FAILURE_RATE`, 0, env),
    latencyMs: envNumber('LLM_LATENCY_MS', role === 'primary' ? 40 : 25, env),
    msPerToken: envNumber('LLM_MS_PER_TOKEN', 1, env),
    seed: envNumber('LLM_SEED', 1, env) + (role === 'primary' ? 0 : 1000),
  };
}
