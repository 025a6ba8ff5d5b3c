import { Metadata } from '@grpc/grpc-js';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import type { ResolvedOtlpSignal } from '../config/resolved-telemetry-config';

/** Exporter config for the HTTP (protobuf or JSON) OTLP exporters of one signal. */
export function httpExporterConfig(signal: ResolvedOtlpSignal) {
  return {
    url: signal.url,
    headers: { ...signal.headers },
    timeoutMillis: signal.timeoutMs,
    compression: compression(signal),
  };
}

/** Exporter config for the gRPC OTLP exporters of one signal; headers become gRPC metadata. */
export function grpcExporterConfig(signal: ResolvedOtlpSignal) {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(signal.headers)) metadata.set(key, value);
  return {
    url: signal.url,
    metadata,
    timeoutMillis: signal.timeoutMs,
    compression: compression(signal),
  };
}

function compression(signal: ResolvedOtlpSignal): CompressionAlgorithm {
  return signal.compression === 'gzip' ? CompressionAlgorithm.GZIP : CompressionAlgorithm.NONE;
}
