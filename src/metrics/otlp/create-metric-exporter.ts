import { OTLPMetricExporter as GrpcMetricExporter } from '@opentelemetry/exporter-metrics-otlp-grpc';
import { OTLPMetricExporter as JsonMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as ProtoMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import type { PushMetricExporter } from '@opentelemetry/sdk-metrics';
import type { ResolvedOtlpSignal } from '../../config/resolved-telemetry-config';
import { grpcExporterConfig, httpExporterConfig } from '../../sdk/otlp-exporter-config';

/** The OTLP metric exporter of `otlp.metrics` (cumulative temporality, as the data is cumulative). */
export function createMetricExporter(signal: ResolvedOtlpSignal): PushMetricExporter {
  if (signal.protocol === 'grpc') return new GrpcMetricExporter(grpcExporterConfig(signal));
  if (signal.protocol === 'http/json') return new JsonMetricExporter(httpExporterConfig(signal));
  return new ProtoMetricExporter(httpExporterConfig(signal));
}
