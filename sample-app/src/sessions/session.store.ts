import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { GATEWAY_SETTINGS, type GatewaySettings } from '../gateway-settings';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { GatewayEvents } from '../telemetry/gateway-events';
import type { Session } from './session';

/** Most sessions kept in memory; past it, the oldest session is closed to make room. */
const MAX_SESSIONS = 10_000;

/**
 * In-memory sessions. The first message of a session_key creates it (session_created event,
 * active sessions +1); a session idle for SESSION_IDLE_TTL_MS, deleted, or the oldest one when
 * MAX_SESSIONS are open, is closed (-1).
 */
@Injectable()
export class SessionStore implements OnModuleDestroy {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    private readonly metrics: GatewayMetrics,
    private readonly events: GatewayEvents,
  ) {
    const every = Math.max(1000, Math.min(settings.sessionIdleTtlMs, 60_000));
    this.sweeper = setInterval(() => this.closeIdle(), every).unref();
  }

  get(id: string): Session | undefined {
    return this.sessions.get(id);
  }

  /** The session of `id`, created on its first message. */
  open(id: string, channelId: string): Session {
    const existing = this.sessions.get(id);
    if (existing) return existing;
    if (this.sessions.size >= MAX_SESSIONS) this.close(this.sessions.keys().next().value!);
    const now = new Date().toISOString();
    const session: Session = {
      id,
      channel_id: channelId,
      created_at: now,
      last_active_at: now,
      message_count: 0,
      total_tokens: 0,
      history: [],
    };
    this.sessions.set(id, session);
    this.metrics.sessionOpened(channelId);
    this.events.sessionCreated(id, channelId);
    return session;
  }

  close(id: string): boolean {
    const session = this.sessions.get(id);
    if (!session) return false;
    this.sessions.delete(id);
    this.metrics.sessionClosed(session.channel_id);
    return true;
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  private closeIdle(): void {
    const cutoff = Date.now() - this.settings.sessionIdleTtlMs;
    for (const session of [...this.sessions.values()])
      if (Date.parse(session.last_active_at) < cutoff) this.close(session.id);
  }
}
