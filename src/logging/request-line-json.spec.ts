import { context, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { type DestinationStream, pino } from 'pino';
import { resolveTelemetryConfig } from '../config/resolve-telemetry-config';
import { type RequestLine, RequestLineJson } from './request-line-json';
import { telemetryPinoOptions } from './telemetry-pino-options';

function capture(): DestinationStream & { lines: string[] } {
  const lines: string[] = [];
  return { lines, write: (line: string) => void lines.push(line) };
}

function moduleLogger(dest: DestinationStream, logging: object = {}) {
  const config = resolveTelemetryConfig({ serviceName: 'spec', logging }, { env: {} });
  return pino(telemetryPinoOptions(config), dest);
}

function requestLine(): RequestLine {
  return {
    req: {
      id: 7,
      method: 'GET',
      url: '/users/42?page="2"',
      headers: { host: 'api.example.com', authorization: 'Bearer secret', 'x-api-key': 'k' },
      remoteAddress: '127.0.0.1',
      remotePort: 50123,
    },
    res: { statusCode: 200, headers: { 'set-cookie': ['a=b'], 'content-type': 'text/plain' } },
    responseTime: 3,
    route: '/users/:id',
  };
}

/** The same line without its timestamp, which differs between two writes. */
const untimed = (line: string) => line.replace(/,"time":\d+/, '');

describe('RequestLineJson', () => {
  beforeAll(() => context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable()));
  afterAll(() => context.disable());

  it('writes the bytes pino writes for the same line, in a span and outside one', () => {
    const dest = capture();
    const logger = moduleLogger(dest);
    const json = RequestLineJson.create(logger)!;
    expect(json).toBeDefined();
    const span = new BasicTracerProvider().getTracer('spec').startSpan('GET /users/:id');
    context.with(trace.setSpan(ROOT_CONTEXT, span), () => {
      expect(json.write('info', requestLine(), 'request completed')).toBe(true);
      logger.info(requestLine(), 'request completed');
    });
    const aborted = { ...requestLine(), route: undefined, responseTime: NaN };
    expect(json.write('warn', { ...aborted }, 'request aborted')).toBe(true);
    logger.warn({ ...aborted }, 'request aborted');
    span.end();

    const [ours, theirs, oursAborted, theirsAborted] = dest.lines;
    expect(untimed(ours)).toBe(untimed(theirs));
    expect(untimed(oursAborted)).toBe(untimed(theirsAborted));
    const parsed = JSON.parse(ours) as Record<string, any>;
    expect(parsed).toMatchObject({
      level: 30,
      trace_id: span.spanContext().traceId,
      req: { headers: { authorization: '[REDACTED]', 'x-api-key': '[REDACTED]' } },
      res: { headers: { 'set-cookie': '[REDACTED]' } },
      route: '/users/:id',
      msg: 'request completed',
    });
    expect(JSON.parse(oursAborted)).toMatchObject({ level: 40, responseTime: null });
  });

  it('writes nothing below the logger level', () => {
    const dest = capture();
    const logger = moduleLogger(dest, { level: 'warn' });
    expect(RequestLineJson.create(logger)!.write('info', requestLine(), 'request completed')).toBe(
      true,
    );
    expect(dest.lines).toEqual([]);
  });

  it('leaves a line it cannot render to pino, and a logger with redaction paths entirely', () => {
    const dest = capture();
    const json = RequestLineJson.create(moduleLogger(dest))!;
    const unrenderable = { ...requestLine(), req: { id: 1n } };
    expect(json.write('info', unrenderable, 'request completed')).toBe(false);
    expect(dest.lines).toEqual([]);
    expect(RequestLineJson.create(moduleLogger(dest, { redact: ['req.url'] }))).toBeUndefined();
    expect(RequestLineJson.create(pino(dest))).toBeUndefined();
  });
});
