/**
 * Preload of the peer stack: the usual NodeSDK setup, with instrumentation-http and a batch span
 * processor over the OTLP/HTTP protobuf exporter (OTEL_EXPORTER_OTLP_ENDPOINT points at the sink).
 */
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';

new NodeSDK({
  serviceName: 'bench-peer',
  spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  metricReaders: [],
  logRecordProcessors: [],
  instrumentations: [new HttpInstrumentation()],
}).start();
