import { fork } from 'node:child_process';
import { SpanKind } from '@opentelemetry/api';
import { ExportResultCode } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { OtlpSink } from '../lib/otlp-sink';

/**
 * CPU time of one OTLP/protobuf span export, as the SDK's exporter sends it to a loopback sink in
 * another process (so the sink's own work is not counted): batches of 1 span (the fixed cost of
 * an export) and of 512 (the BatchSpanProcessor's default batch), alternated. Spans carry the
 * server span's 11 attributes. Per span = (batch 512 - batch 1) / 511.
 *
 *   npm run build:bench && node bench-build/tools/export-cost.js [rounds=3]
 */
const SINK_ARG = '--sink';

async function runSink(): Promise<void> {
  const sink = await new OtlpSink().start();
  process.send!(sink.url);
  process.on('disconnect', () => void sink.stop().then(() => process.exit(0)));
}

function serverLikeSpans(count: number): ReadableSpan[] {
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(memory)] });
  const tracer = provider.getTracer('export-cost');
  for (let i = 0; i < count; i++) {
    tracer
      .startSpan('GET /users/:id', {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': 'GET',
          'url.path': '/users/42',
          'url.scheme': 'http',
          'server.address': '127.0.0.1',
          'server.port': 3000,
          'network.peer.address': '127.0.0.1',
          'network.peer.port': 50_000 + i,
          'user_agent.original': 'autocannon',
          'http.route': '/users/:id',
          'http.response.status_code': 200,
          'network.protocol.version': '1.1',
        },
      })
      .end();
  }
  return memory.getFinishedSpans();
}

async function cpuUsPerExport(exporter: OTLPTraceExporter, batch: ReadableSpan[], n: number) {
  // A failed export returns early and would flatter the figure: stop instead.
  const send = () =>
    new Promise<void>((resolve, reject) =>
      exporter.export(batch, (result) =>
        result.code === ExportResultCode.SUCCESS
          ? resolve()
          : reject(result.error ?? new Error('export failed')),
      ),
    );
  for (let i = 0; i < 20; i++) await send();
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) await send();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

async function main(rounds: number): Promise<void> {
  const child = fork(__filename, [SINK_ARG], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve) => child.once('message', (m) => resolve(`${m}`)));
  const exporter = new OTLPTraceExporter({ url: `${url}/v1/traces` });
  const spans = serverLikeSpans(512);
  try {
    for (let round = 1; round <= rounds; round++) {
      const one = await cpuUsPerExport(exporter, spans.slice(0, 1), 400);
      const full = await cpuUsPerExport(exporter, spans, 100);
      console.log(
        `round ${round}: batch of 1 ${one.toFixed(0)} µs, batch of 512 ${full.toFixed(0)} µs ` +
          `CPU per export; per span ${((full - one) / 511).toFixed(1)} µs`,
      );
    }
  } finally {
    await exporter.shutdown();
    child.disconnect();
  }
}

if (process.argv.includes(SINK_ARG)) void runSink();
else
  void main(Number(process.argv[2] ?? 3)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
