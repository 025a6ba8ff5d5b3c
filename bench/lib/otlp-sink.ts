import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for an OpenTelemetry collector: reads every OTLP/HTTP post and answers 200
 * with an empty protobuf response, so exporters pay their real serialisation and network cost.
 * With a `countLogRecords` decoder it also counts the log records received.
 */
export class OtlpSink {
  requests = 0;
  bytes = 0;
  logRecords = 0;
  private server: Server | undefined;

  constructor(private readonly countLogRecords?: (body: Buffer) => number) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        this.requests++;
        this.bytes += body.length;
        if (this.countLogRecords && req.url?.endsWith('/v1/logs'))
          this.logRecords += this.countLogRecords(body);
        res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** Base URL, for OTEL_EXPORTER_OTLP_ENDPOINT. */
  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
