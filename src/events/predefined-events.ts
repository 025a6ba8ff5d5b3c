import type { TelemetryEventInput } from './telemetry-event';

/** Names of the predefined business events (seed 000). */
export const PREDEFINED_EVENT_NAMES = Object.freeze({
  messageProcessed: 'message_processed',
  providerError: 'provider_error',
  sessionCreated: 'session_created',
  fallbackTriggered: 'fallback_triggered',
});

/** A message went through the pipeline: `session_id`, `model`, `tokens`. */
export function messageProcessed(p: {
  sessionId: string;
  model: string;
  tokens: number;
}): TelemetryEventInput {
  return {
    name: PREDEFINED_EVENT_NAMES.messageProcessed,
    severity: 'info',
    attributes: { session_id: p.sessionId, model: p.model, tokens: p.tokens },
  };
}

/** A provider (LLM, API) failed: `provider`, `error`. */
export function providerError(p: { provider: string; error: string }): TelemetryEventInput {
  return {
    name: PREDEFINED_EVENT_NAMES.providerError,
    severity: 'error',
    attributes: { provider: p.provider, error: p.error },
  };
}

/** A session started: `session_id`, `channel`. */
export function sessionCreated(p: { sessionId: string; channel: string }): TelemetryEventInput {
  return {
    name: PREDEFINED_EVENT_NAMES.sessionCreated,
    severity: 'info',
    attributes: { session_id: p.sessionId, channel: p.channel },
  };
}

/** Traffic moved from one provider or model to another: `from`, `to`, `reason`. */
export function fallbackTriggered(p: {
  from: string;
  to: string;
  reason: string;
}): TelemetryEventInput {
  return {
    name: PREDEFINED_EVENT_NAMES.fallbackTriggered,
    severity: 'warn',
    attributes: { from: p.from, to: p.to, reason: p.reason },
  };
}
