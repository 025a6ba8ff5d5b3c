import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { untraced } from './untraced-server';
import type { AddressInfo, Socket } from 'node:net';

/** One scripted answer: a status (with headers), or `hang` to never answer. */
export type SinkAnswer = { status: number; headers?: Record<string, string> } | 'hang';

/** A loopback HTTP JSON sink that answers from a script (the last answer repeats) and records bodies. */
export class JsonSinkServer {
  readonly received: { at: number; headers: IncomingMessage['headers']; body: any }[] = [];
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  private port = 0;

  constructor(private readonly script: SinkAnswer[]) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/ingest`;
  }

  async start(): Promise<this> {
    this.server = untraced(createServer((req, res) => this.handle(req, res)));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      this.received.push({ at: Date.now(), headers: req.headers, body: JSON.parse(text) });
      const answer = this.script[Math.min(this.received.length - 1, this.script.length - 1)];
      if (answer === 'hang') return;
      res.writeHead(answer.status, answer.headers).end();
    });
  }
}
