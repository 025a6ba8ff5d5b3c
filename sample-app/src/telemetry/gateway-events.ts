import { Injectable } from '@nestjs/common';
import { TelemetryService } from 'nestjs-telemetry';

// TODO(issue-5): call the predefined event constructors directly once TelemetryService has them.
type EventsApi = {
  sessionCreated?(p: { sessionId: string; channel: string }): void;
  messageProcessed?(p: { sessionId: string; model: string; tokens: number }): void;
  providerError?(p: { provider: string; error: string }): void;
  fallbackTriggered?(p: { from: string; to: string; reason: string }): void;
};

/** The gateway's business events (seed 000's predefined events), sent through TelemetryService. */
@Injectable()
export class GatewayEvents {
  private readonly api: EventsApi;

  constructor(telemetry: TelemetryService) {
    this.api = telemetry as unknown as EventsApi;
  }

  sessionCreated(sessionId: string, channel: string): void {
    this.api.sessionCreated?.({ sessionId, channel });
  }

  messageProcessed(sessionId: string, model: string, tokens: number): void {
    this.api.messageProcessed?.({ sessionId, model, tokens });
  }

  providerError(provider: string, error: string): void {
    this.api.providerError?.({ provider, error });
  }

  fallbackTriggered(from: string, to: string, reason: string): void {
    this.api.fallbackTriggered?.({ from, to, reason });
  }
}
