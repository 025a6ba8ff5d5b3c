import 'reflect-metadata';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { Body, Controller, Get, HttpException, Injectable, Param, Post, Req } from '@nestjs/common';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { type RPCMetadata, RPCType, setRPCMetadata } from '@opentelemetry/core';
import request from 'supertest';
import { HttpServerSpanInstrumentation, Instrument } from '../../src';
import { createTelemetryTestApp, type TelemetryTestApp } from '../support/telemetry-test-app';

@Injectable()
class Users {
  @Instrument('users.load')
  async load(id: string): Promise<{ id: string }> {
    await new Promise((resolve) => setImmediate(resolve));
    return { id };
  }
}

@Controller('users')
class UsersController {
  constructor(private readonly users: Users) {}

  @Get(':id')
  get(@Param('id') id: string) {
    if (id === 'boom') throw new HttpException('down', 503);
    if (id === 'missing') throw new HttpException('no such user', 404);
    return this.users.load(id);
  }

  /** A text/plain body is left to the handler (Nest parses JSON and forms only). */
  @Post('raw')
  raw(@Req() req: IncomingMessage): Promise<{ traceId?: string }> {
    return new Promise((resolve) => {
      req.resume();
      req.on('end', () => resolve({ traceId: trace.getActiveSpan()?.spanContext().traceId }));
    });
  }

  @Post()
  create(@Body() body: { id: string }) {
    // Runs after the JSON body was read from the socket ('data'/'end' listeners).
    return this.users.load(body.id);
  }
}

describe('HTTP server spans (in-process, no preload)', () => {
  let t: TelemetryTestApp;

  beforeEach(async () => {
    t = await createTelemetryTestApp({ controllers: [UsersController], providers: [Users] });
  });
  afterEach(() => t.app.close());

  const serverSpan = async (name: string) => {
    const [span] = await t.spans.waitForSpans(name);
    return span;
  };

  it('names the span by route and sets the stable HTTP attributes', async () => {
    await request(t.app.getHttpServer())
      .get('/users/42?page=2&sig=secret')
      .set('host', 'api.example.com:8443')
      .set('user-agent', 'span-test/1.0')
      .set('x-forwarded-for', '203.0.113.9, 10.0.0.1')
      .expect(200);
    const span = await serverSpan('GET /users/:id');
    expect(span.kind).toBe(SpanKind.SERVER);
    expect(span.status).toBe('unset');
    expect(span.fields).toEqual({
      'http.request.method': 'GET',
      'http.route': '/users/:id',
      'http.response.status_code': 200,
      'url.scheme': 'http',
      'url.path': '/users/42',
      'url.query': 'page=2&sig=REDACTED',
      'server.address': 'api.example.com',
      'server.port': 8443,
      'client.address': '203.0.113.9',
      'network.peer.address': expect.stringMatching(/127\.0\.0\.1/),
      'network.peer.port': expect.any(Number),
      'network.protocol.version': '1.1',
      'user_agent.original': 'span-test/1.0',
    });
    t.spans.expectSpan('users.load', { parent: 'GET /users/:id' });
  });

  it('names the span by route on Fastify too', async () => {
    await t.app.close();
    t = await createTelemetryTestApp({
      controllers: [UsersController],
      providers: [Users],
      platform: 'fastify',
    });
    await request(t.app.getHttpServer()).get('/users/7').expect(200);
    const span = await serverSpan('GET /users/:id');
    expect(span.fields['http.route']).toBe('/users/:id');
    t.spans.expectSpan('users.load', { parent: 'GET /users/:id' });
  });

  it('continues the trace of an incoming traceparent header', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    await request(t.app.getHttpServer())
      .get('/users/7')
      .set('traceparent', `00-${traceId}-00f067aa0ba902b7-01`)
      .expect(200);
    const span = await serverSpan('GET /users/:id');
    expect(span.traceId).toBe(traceId);
    expect(span.parentSpanId).toBe('00f067aa0ba902b7');
  });

  it('fails the span on a 5xx with error.type, not on a 4xx', async () => {
    await request(t.app.getHttpServer()).get('/users/boom').expect(503);
    await request(t.app.getHttpServer()).get('/users/missing').expect(404);
    const spans = await t.spans.waitForSpans('GET /users/:id', 2);
    const byStatus = new Map(spans.map((s) => [s.fields['http.response.status_code'], s]));
    expect(byStatus.get(503)).toMatchObject({ status: 'error', fields: { 'error.type': '503' } });
    expect(byStatus.get(404)!.status).toBe('unset');
    expect(byStatus.get(404)!.fields['error.type']).toBeUndefined();
  });

  it('keeps the trace across a body that arrives after the headers', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const body = 'a text body';
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /users/raw HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n` +
            `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
        );
        // The body comes in a later packet: the handler's 'end' listener then runs from the
        // socket, outside the request's context, unless the request's emit carries it.
        setTimeout(() => socket.end(body), 50);
      });
      let out = '';
      socket.on('data', (chunk) => (out += chunk.toString()));
      socket.on('end', () => resolve(out));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 201/);
    const span = await serverSpan('POST /users/raw');
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))).toEqual({
      traceId: span.traceId,
    });
  });

  it('gives the health endpoints and unmatched routes what they should get', async () => {
    await request(t.app.getHttpServer()).get('/health').expect(200);
    await request(t.app.getHttpServer()).get('/nowhere').expect(404);
    const [unmatched] = await t.spans.waitForSpans('GET', 1);
    expect(unmatched.fields['url.path']).toBe('/nowhere');
    expect(t.spans.spans().filter((s) => s.fields['url.path'] === '/health')).toEqual([]);
  });

  it('leaves the health and metrics endpoints out with an instrumentation the app made itself', async () => {
    await t.app.close();
    t = await createTelemetryTestApp({
      controllers: [UsersController],
      providers: [Users],
      options: { instrumentations: [new HttpServerSpanInstrumentation()] },
    });
    for (const path of ['/health', '/health/ready', '/metrics'])
      await request(t.app.getHttpServer()).get(path).expect(200);
    await request(t.app.getHttpServer()).get('/users/7').expect(200);
    await t.spans.waitForSpans('GET /users/:id');
    const paths = t.spans.spans().map((s) => s.fields['url.path']);
    expect(paths.filter((p) => p !== undefined)).toEqual(['/users/7']);
  });

  it('traces them too with traceTelemetryEndpoints: true', async () => {
    await t.app.close();
    t = await createTelemetryTestApp({
      controllers: [UsersController],
      providers: [Users],
      options: {
        instrumentations: [new HttpServerSpanInstrumentation({ traceTelemetryEndpoints: true })],
      },
    });
    await request(t.app.getHttpServer()).get('/health').expect(200);
    const [span] = await t.spans.waitForSpans('GET /health');
    expect(span.fields['url.path']).toBe('/health');
  });

  it('leaves servers alone once the module shut down', async () => {
    await t.app.close();
    const { createServer } = await import('node:http');
    const plain = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    try {
      await request(plain).get('/').expect(200, 'ok');
      expect(trace.getActiveSpan()).toBeUndefined();
      expect(t.spans.spans()).toEqual([]);
    } finally {
      plain.close();
    }
    t = await createTelemetryTestApp({ controllers: [UsersController], providers: [Users] });
  });
});

describe("another instrumentation's server span (instrumentation-http's place)", () => {
  let t: TelemetryTestApp;
  afterEach(() => t.app.close());

  /**
   * A stand-in for instrumentation-http, which Jest cannot load through its require hook: a
   * SERVER span per request with HTTP RPC metadata in the context, ended at 'finish' by the route
   * found there then, as instrumentation-http does.
   */
  function traceLikeInstrumentationHttp(server: Server): void {
    const emit = server.emit as (this: Server, event: string, ...args: unknown[]) => boolean;
    server.emit = function (this: Server, event: string, ...args: unknown[]) {
      if (event !== 'request') return emit.call(this, event, ...args);
      const res = args[1] as ServerResponse;
      const span = trace.getTracer('stand-in').startSpan('GET', { kind: SpanKind.SERVER });
      const rpc: RPCMetadata = { type: RPCType.HTTP, span };
      res.once('finish', () => {
        if (rpc.route) span.setAttribute('route_at_finish', rpc.route);
        span.end();
      });
      const ctx = setRPCMetadata(trace.setSpan(context.active(), span), rpc);
      return context.with(ctx, () => emit.call(this, event, ...args));
    } as Server['emit'];
  }

  it('is named by the route Express matched before it ends', async () => {
    t = await createTelemetryTestApp({
      controllers: [UsersController],
      providers: [Users],
      options: { instrumentations: [] },
    });
    traceLikeInstrumentationHttp(t.app.getHttpServer());
    await request(t.app.getHttpServer()).get('/users/9').expect(200);
    const [span] = await t.spans.waitForSpans('GET /users/:id');
    expect(span.fields).toMatchObject({
      'http.route': '/users/:id',
      route_at_finish: '/users/:id',
    });
  });
});
