import { Injectable } from '@nestjs/common';
import { TelemetryService } from 'nestjs-telemetry';

/**
 * The gateway's business events that are not tied to one method's outcome (seed 000's
 * predefined events). message_processed comes from `@TrackEvent` on RespondStage.
 */
@Injectable()
export class GatewayEvents {
  constructor(private readonly telemetry: TelemetryService) {}

  sessionCreated(sessionId: string, channel: string): void {
    this.telemetry.sessionCreated({ sessionId, channel });
  }

  providerError(provider: string, error: string): void {
    this.telemetry.providerError({ provider, error });
  }

  fallbackTriggered(from: string, to: string, reason: string): void {
    this.telemetry.fallbackTriggered({ from, to, reason });
  }
}
