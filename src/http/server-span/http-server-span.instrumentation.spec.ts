import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Tracer, TracerProvider } from '@opentelemetry/api';
import { HttpServerSpanInstrumentation } from './http-server-span.instrumentation';

/** A tracer provider whose tracer throws on every span: telemetry broken at run time. */
const brokenProvider = {
  getTracer: () =>
    ({
      startSpan: () => {
        throw new Error('tracer broken');
      },
    }) as unknown as Tracer,
} as TracerProvider;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    }),
  );
}

function fetchStatus(url: string): Promise<[number, string]> {
  return new Promise((resolve, reject) => {
    const req = get(url, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve([res.statusCode ?? 0, body]));
    });
    req.on('error', reject);
    req.setTimeout(2000, () => req.destroy(new Error('no response within 2 s')));
  });
}

describe('HttpServerSpanInstrumentation', () => {
  let instrumentation: HttpServerSpanInstrumentation;
  let server: Server;

  afterEach(async () => {
    instrumentation.disable();
    await new Promise((resolve) => server.close(resolve));
  });

  it('serves the request untraced when the tracer throws', async () => {
    instrumentation = new HttpServerSpanInstrumentation();
    instrumentation.setTracerProvider(brokenProvider);
    instrumentation.enable();
    server = createServer((_req, res) => res.end('served'));
    expect(await fetchStatus(await listen(server))).toEqual([200, 'served']);
  });

  it('treats a throwing ignore hook as "trace it", and puts emit back on disable', async () => {
    const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(createServer()), 'emit');
    instrumentation = new HttpServerSpanInstrumentation({
      ignoreIncomingRequest: () => {
        throw new Error('hook broken');
      },
    });
    instrumentation.enable();
    expect(instrumentation.getConfig().enabled).toBe(true);
    expect(instrumentation.ignored({} as never)).toBe(false);
    server = createServer((_req, res) => res.end('ok'));
    expect(await fetchStatus(await listen(server))).toEqual([200, 'ok']);
    instrumentation.disable();
    expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(server), 'emit')).toEqual(
      original,
    );
  });
});
