import { ExportResultCode } from '@opentelemetry/core';
import { OTLPLogExporter as GrpcLogExporter } from '@opentelemetry/exporter-logs-otlp-grpc';
import { OTLPLogExporter as JsonLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as ProtoLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import type { Resource } from '@opentelemetry/resources';
import type { LogRecordExporter } from '@opentelemetry/sdk-logs';
import type { ResolvedOtlpSignal } from '../../config/resolved-telemetry-config';
import { grpcExporterConfig, httpExporterConfig } from '../../sdk/otlp-exporter-config';
import type { TelemetryEvent } from '../telemetry-event';
import type { TelemetryEventExporter } from '../telemetry-event-exporter';
import { toLogRecord } from './to-log-record';

/** Sends events as OTLP LogRecords to `otlp.logs` (http/protobuf, http/json or grpc). */
export class OtlpEventExporter implements TelemetryEventExporter {
  readonly name = 'otlp_events';
  private readonly inner: LogRecordExporter;

  constructor(
    signal: ResolvedOtlpSignal,
    private readonly resource: Resource,
  ) {
    if (signal.protocol === 'grpc') this.inner = new GrpcLogExporter(grpcExporterConfig(signal));
    else if (signal.protocol === 'http/json')
      this.inner = new JsonLogExporter(httpExporterConfig(signal));
    else this.inner = new ProtoLogExporter(httpExporterConfig(signal));
  }

  export(events: readonly TelemetryEvent[]): Promise<void> {
    const records = events.map((e) => toLogRecord(e, this.resource));
    return new Promise((resolve, reject) => {
      this.inner.export(records, (result) => {
        if (result.code === ExportResultCode.SUCCESS) resolve();
        else reject(result.error ?? new Error('OTLP log export failed'));
      });
    });
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }
}
