import { Injectable } from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import { channelKind } from '../pipeline/channel-kind';

// TODO(issue-4): define these through the library's metrics registry so they appear in /metrics.
const meter = () => metrics.getMeter('sample-app');

/** The gateway's own metrics: active sessions (up-down counter) and messages by channel kind. */
@Injectable()
export class GatewayMetrics {
  private readonly activeSessions = meter().createUpDownCounter('gateway.sessions.active', {
    description: 'Sessions currently open',
    unit: '{session}',
  });
  private readonly messages = meter().createCounter('gateway.messages', {
    description: 'Messages processed, by channel kind and outcome',
    unit: '{message}',
  });

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
