import {
  type handleUnaryCall,
  type Metadata,
  Server,
  ServerCredentials,
  type ServiceDefinition,
  status,
} from '@grpc/grpc-js';
import { createServer, type Server as NetServer, connect, type Socket } from 'node:net';
import { DecodingReceiver, type OtlpSignal } from './decoding-receiver';

/** The three OTLP collector services' Export methods, by signal. */
const SERVICES: Readonly<Record<OtlpSignal, string>> = {
  traces: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  metrics: '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export',
  logs: '/opentelemetry.proto.collector.logs.v1.LogsService/Export',
};

/** One Export call the receiver answered. */
export interface ReceivedGrpcExport {
  signal: OtlpSignal;
  /** The request message's bytes, as the exporter serialized them (decompressed by grpc-js). */
  body: Buffer;
  metadata: Metadata;
}

/** A unary method that takes and returns raw bytes: the test decodes them itself. */
function rawExport(path: string): ServiceDefinition[string] {
  return {
    path,
    requestStream: false,
    responseStream: false,
    requestSerialize: (b: Buffer) => b,
    requestDeserialize: (b: Buffer) => b,
    responseSerialize: (b: Buffer) => b,
    responseDeserialize: (b: Buffer) => b,
  };
}

/**
 * A loopback OTLP/gRPC receiver for tests: a real grpc-js server answering the collector's
 * three Export methods with an empty (success) response. It keeps the request bytes and metadata
 * and decodes them with the same protobuf decoders as the HTTP receiver. With `setUnavailable`
 * it answers UNAVAILABLE, as a collector that is shedding load. Exporters reach it through a TCP
 * relay that counts the bytes they send (`wireBytes`): grpc-js decompresses messages before a
 * handler sees them and hides their `grpc-encoding`, so compression shows only on the wire.
 */
export class OtlpGrpcReceiver extends DecodingReceiver {
  readonly exports: ReceivedGrpcExport[] = [];
  private readonly server = new Server();
  private readonly relay: NetServer = createServer((socket) => this.forward(socket));
  private readonly sockets = new Set<Socket>();
  private grpcPort = 0;
  private relayPort = 0;
  private unavailable = false;
  private sent = 0;

  /** The endpoint an OTLP gRPC exporter takes: scheme, host and port, no path. */
  get url(): string {
    return `http://127.0.0.1:${this.relayPort}`;
  }

  /** Bytes exporters have sent so far (HTTP/2 frames, headers and messages). */
  get wireBytes(): number {
    return this.sent;
  }

  async start(): Promise<this> {
    for (const [signal, path] of Object.entries(SERVICES) as [OtlpSignal, string][]) {
      const handler: handleUnaryCall<Buffer, Buffer> = (call, callback) => {
        if (this.unavailable) return callback({ code: status.UNAVAILABLE, details: 'shedding' });
        this.exports.push({ signal, body: call.request, metadata: call.metadata });
        callback(null, Buffer.alloc(0));
      };
      this.server.addService({ Export: rawExport(path) }, { Export: handler });
    }
    this.grpcPort = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, port) =>
        error ? reject(error) : resolve(port),
      ),
    );
    await new Promise<void>((resolve) => this.relay.listen(0, '127.0.0.1', resolve));
    this.relayPort = (this.relay.address() as { port: number }).port;
    return this;
  }

  setUnavailable(unavailable: boolean): void {
    this.unavailable = unavailable;
  }

  /** Metadata values of `key` over every Export call of `signal`. */
  metadataValues(signal: OtlpSignal, key: string): unknown[] {
    return this.exports.filter((e) => e.signal === signal).flatMap((e) => e.metadata.get(key));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.relay.close(() => resolve()));
    this.server.forceShutdown();
  }

  private forward(client: Socket): void {
    const upstream = connect(this.grpcPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => (this.sent += chunk.length));
    client.pipe(upstream).pipe(client);
  }

  protected bodies(signal: OtlpSignal): Buffer[] {
    return this.exports.filter((e) => e.signal === signal).map((e) => e.body);
  }
}
