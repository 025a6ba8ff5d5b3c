import { hostname } from 'node:os';
import type { Resource } from '@opentelemetry/resources';
import type { ResolvedTelemetryConfig } from '../../config/resolved-telemetry-config';
import { EventSanitizer } from '../privacy/event-sanitizer';
import { RedactionPolicy } from '../privacy/redaction-policy';
import { truncateString } from '../privacy/truncate-string';
import type { EventSource, TelemetryEvent } from '../telemetry-event';
import type { PendingEvent } from './pending-event';

/** Turns queued events into exported ones: sanitised attributes, resource, source, trace ids. */
export class EventBuilder {
  private readonly sanitizer: EventSanitizer;
  private readonly attributes: Readonly<Record<string, string | number | boolean>>;
  private readonly source: Readonly<EventSource>;

  constructor(
    config: ResolvedTelemetryConfig,
    readonly resource: Resource,
  ) {
    const { redact, maxStringLength } = config.events;
    this.sanitizer = new EventSanitizer(
      new RedactionPolicy(redact.keys, redact.patterns),
      maxStringLength,
    );
    this.attributes = Object.freeze({ ...(resource.attributes as Record<string, string>) });
    this.source = Object.freeze({
      service: config.serviceName,
      ...(config.serviceVersion ? { version: config.serviceVersion } : {}),
      environment: config.environment,
      language: 'nodejs' as const,
      host: hostname(),
      platform: process.platform,
    });
  }

  build(pending: PendingEvent): TelemetryEvent {
    const event: TelemetryEvent = {
      name: truncateString(String(pending.name), 256),
      timestamp: pending.time,
      severity: pending.severity,
      attributes: this.sanitizer.attributes(pending.attributes),
      resource: this.attributes,
      source: this.source,
    };
    if (pending.metadata) event.metadata = this.metadata(pending.metadata);
    const sc = pending.spanContext;
    if (sc)
      Object.assign(event, { traceId: sc.traceId, spanId: sc.spanId, traceFlags: sc.traceFlags });
    return event;
  }

  private metadata(raw: Record<string, string>): Record<string, string> {
    const safe = this.sanitizer.attributes(raw);
    return Object.fromEntries(Object.entries(safe).map(([k, v]) => [k, String(v)]));
  }
}
