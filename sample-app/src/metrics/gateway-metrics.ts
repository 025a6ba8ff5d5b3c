import { Injectable } from '@nestjs/common';
import { TelemetryService, type Counter, type UpDownCounter } from 'nestjs-telemetry';
import { channelKind } from '../pipeline/channel-kind';

/**
 * The gateway's own metrics, in `/metrics` and the OTLP export: active sessions (an up-down
 * counter) and messages by channel kind and outcome. Labelled by channel kind, never by
 * channel_id, to keep the number of series small.
 */
@Injectable()
export class GatewayMetrics {
  private readonly activeSessions: UpDownCounter;
  private readonly messages: Counter;

  constructor(telemetry: TelemetryService) {
    this.activeSessions = telemetry.upDownCounter({
      name: 'gateway.sessions.active',
      help: 'Sessions currently open, by channel kind.',
      labelNames: ['channel'],
    });
    this.messages = telemetry.counter({
      name: 'gateway.messages',
      help: 'Messages handled, by channel kind and outcome.',
      labelNames: ['channel', 'outcome'],
    });
  }

  sessionOpened(channelId: string): void {
    this.activeSessions.add(1, { channel: channelKind(channelId) ?? 'unknown' });
  }

  sessionClosed(channelId: string): void {
    this.activeSessions.add(-1, { channel: channelKind(channelId) ?? 'unknown' });
  }

  messageHandled(channelId: string, outcome: 'ok' | 'error'): void {
    this.messages.add(1, { channel: channelKind(channelId) ?? 'unknown', outcome });
  }
}
