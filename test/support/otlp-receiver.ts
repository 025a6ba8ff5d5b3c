import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { untraced } from './untraced-server';
import type { AddressInfo, Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { DecodingReceiver, type OtlpSignal } from './decoding-receiver';

/** How the receiver answers: like a collector, or like a broken one. */
export type ReceiverMode = 'up' | 'refuse' | 'hang' | 'error500' | 'throttle429';

/** One request the receiver accepted. */
export interface ReceivedRequest {
  path: string;
  contentType: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/**
 * A loopback OTLP/HTTP receiver for tests: records the raw bytes exporters send and decodes them
 * with the protobuf decoders. Its mode can be switched to refuse, hang, 500 or 429.
 */
export class OtlpReceiver extends DecodingReceiver {
  readonly requests: ReceivedRequest[] = [];
  /** Every request that reached the receiver (accepted or not), with the mode it was in. */
  readonly attempts: { mode: ReceiverMode; path: string }[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private mode: ReceiverMode = 'up';
  private portNumber = 0;

  get port(): number {
    return this.portNumber;
  }

  get url(): string {
    return `http://127.0.0.1:${this.portNumber}`;
  }

  async start(port = 0): Promise<this> {
    this.server = untraced(createServer((req, res) => this.handle(req, res)));
    this.server.on('connection', (socket) => {
      if (this.mode === 'refuse') {
        socket.destroy();
        return;
      }
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.portNumber = (this.server.address() as AddressInfo).port;
    return this;
  }

  setMode(mode: ReceiverMode): void {
    this.mode = mode;
  }

  /**
   * A true connection refusal: stops listening (and drops open connections), so connecting
   * fails with ECONNREFUSED, like a collector that is down. `acceptConnections()` listens again
   * on the same port.
   */
  async refuseConnections(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** Listens again on the port it had, after `refuseConnections()`. */
  async acceptConnections(): Promise<void> {
    if (!this.server) await this.start(this.portNumber);
  }

  /** How many requests for `path` reached the receiver while it was in `mode`. */
  hits(mode: ReceiverMode, path: string): number {
    return this.attempts.filter((a) => a.mode === mode && a.path === path).length;
  }

  /** Resolves when `predicate` holds, polling every 50 ms; rejects after `timeoutMs`. */
  async waitFor<T>(
    read: () => T,
    predicate: (value: T) => boolean,
    timeoutMs = 10_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = read();
      if (predicate(value)) return value;
      if (Date.now() > deadline)
        throw new Error(`OtlpReceiver.waitFor timed out after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  protected bodies(signal: OtlpSignal): Buffer[] {
    return this.requests
      .filter((r) => r.path === `/v1/${signal}` && r.contentType.includes('protobuf'))
      .map((r) => r.body);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const mode = this.mode;
      this.attempts.push({ mode, path: req.url ?? '' });
      if (mode === 'hang') return; // never answer
      if (mode === 'error500') return void res.writeHead(500).end('collector error');
      if (mode === 'throttle429') return void res.writeHead(429, { 'retry-after': '1' }).end();
      const raw = Buffer.concat(chunks);
      const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
      this.requests.push({
        path: req.url ?? '',
        contentType: String(req.headers['content-type'] ?? ''),
        headers: req.headers,
        body,
      });
      res.writeHead(200, {
        'content-type': String(req.headers['content-type'] ?? 'application/x-protobuf'),
      });
      res.end();
    });
  }
}
