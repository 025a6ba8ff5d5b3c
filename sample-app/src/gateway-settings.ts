/** Reads a number from the environment, falling back to `fallback` when unset or not a number. */
export function envNumber(name: string, fallback: number, env = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value))
    throw new Error(`${name}: got ${JSON.stringify(raw)}; expected a number`);
  return value;
}

/** Reads a rate in [0, 1] from the environment. */
export function envRate(name: string, fallback: number, env = process.env): number {
  const value = envNumber(name, fallback, env);
  if (value < 0 || value > 1)
    throw new Error(`${name}: got ${value}; expected a rate between 0 and 1`);
  return value;
}

/** Gateway settings that are not telemetry settings (those live in telemetry/telemetry-options.ts). */
export interface GatewaySettings {
  /** Port the gateway listens on. Env: PORT. */
  port: number;
  /** A session with no message for this long is closed. Env: SESSION_IDLE_TTL_MS. */
  sessionIdleTtlMs: number;
  /** Tokens the context guard keeps (history is trimmed oldest first). Env: CONTEXT_MAX_TOKENS. */
  contextMaxTokens: number;
}

export function readGatewaySettings(env = process.env): GatewaySettings {
  return {
    port: envNumber('PORT', 3000, env),
    sessionIdleTtlMs: envNumber('SESSION_IDLE_TTL_MS', 15 * 60_000, env),
    contextMaxTokens: envNumber('CONTEXT_MAX_TOKENS', 2048, env),
  };
}

/** Inject token of the GatewaySettings. */
export const GATEWAY_SETTINGS = 'GATEWAY_SETTINGS';
