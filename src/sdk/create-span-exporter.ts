import { OTLPTraceExporter as GrpcTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as JsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { ConsoleSpanExporter, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { grpcExporterConfig, httpExporterConfig } from './otlp-exporter-config';

/** The span exporter the configuration asks for, or null for `traces.exporter: 'none'`. */
export function createSpanExporter(config: ResolvedTelemetryConfig): SpanExporter | null {
  const signal = config.otlp.traces;
  switch (config.traces.exporter) {
    case 'none':
      return null;
    case 'console':
      return new ConsoleSpanExporter();
    case 'otlp':
      if (signal.protocol === 'grpc') return new GrpcTraceExporter(grpcExporterConfig(signal));
      if (signal.protocol === 'http/json') return new JsonTraceExporter(httpExporterConfig(signal));
      return new ProtoTraceExporter(httpExporterConfig(signal));
  }
}
