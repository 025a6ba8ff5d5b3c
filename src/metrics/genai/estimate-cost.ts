import type { GenAiModelPrice } from '../../config/options/metrics.options';

/** Cost in USD of one call, split by token type (seed 003's CostEstimate). */
export interface CostEstimate {
  currency: 'USD';
  input: number;
  cachedInput: number;
  output: number;
  total: number;
}

/**
 * Prices tokens with a per-1M-token price: uncached input at `input`, cached input at
 * `cachedInput` (default `input`), output at `output`.
 */
export function estimateCost(
  price: GenAiModelPrice,
  tokens: { input: number; output: number; cachedInput: number },
): CostEstimate {
  const cached = Math.min(tokens.cachedInput, tokens.input);
  const input = ((tokens.input - cached) * price.input) / 1e6;
  const cachedInput = (cached * (price.cachedInput ?? price.input)) / 1e6;
  const output = (tokens.output * price.output) / 1e6;
  return { currency: 'USD', input, cachedInput, output, total: input + cachedInput + output };
}
