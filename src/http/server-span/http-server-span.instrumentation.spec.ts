import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Attributes, Tracer, TracerProvider } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type Sampler,
  SamplingDecision,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { createHttpInstrumentations } from '../../sdk/create-http-instrumentations';
import { HttpServerSpanInstrumentation } from './http-server-span.instrumentation';

/** A sampler that keeps every span and notes the attributes it was shown. */
function attributeNotingSampler(seen: Attributes[]): Sampler {
  return {
    shouldSample: (_ctx, _traceId, _name, _kind, attributes) => {
      seen.push({ ...attributes });
      return { decision: SamplingDecision.RECORD_AND_SAMPLED };
    },
    toString: () => 'AttributeNotingSampler',
  };
}

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
  let server: Server | undefined;

  afterEach(async () => {
    instrumentation.disable();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
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

  describe('samplerReadsAttributes', () => {
    async function serveOneTracedRequest(options: { samplerReadsAttributes?: boolean }) {
      const seen: Attributes[] = [];
      const exporter = new InMemorySpanExporter();
      const provider = new BasicTracerProvider({
        sampler: attributeNotingSampler(seen),
        spanProcessors: [new SimpleSpanProcessor(exporter)],
      });
      instrumentation = new HttpServerSpanInstrumentation(options);
      instrumentation.setTracerProvider(provider);
      instrumentation.enable();
      server = createServer((_req, res) => res.end('ok'));
      const url = await listen(server);
      expect(await fetchStatus(`${url}items?page=2`)).toEqual([200, 'ok']);
      await provider.forceFlush();
      const spans = exporter.getFinishedSpans();
      await provider.shutdown();
      return { seen, spans };
    }

    it('by default the sampler sees the request attributes', async () => {
      const { seen, spans } = await serveOneTracedRequest({});
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ 'http.request.method': 'GET', 'url.path': '/items' });
      expect(spans[0].attributes).toEqual({ ...seen[0], 'http.response.status_code': 200 });
    });

    it('false: the sampler sees none, the span holds the same attributes', async () => {
      const withSampler = await serveOneTracedRequest({});
      await new Promise((resolve) => server!.close(resolve));
      instrumentation.disable();
      const { seen, spans } = await serveOneTracedRequest({ samplerReadsAttributes: false });
      expect(seen).toEqual([{}]);
      expect(spans).toHaveLength(1);
      const ports = (a: Attributes) => ({ ...a, 'network.peer.port': 0, 'server.port': 0 });
      expect(ports(spans[0].attributes)).toEqual(ports(withSampler.spans[0].attributes));
      expect(spans[0].attributes).toMatchObject({ 'url.path': '/items', 'url.query': 'page=2' });
    });

    it("is false in the module's default instrumentations (their samplers read none)", () => {
      const [ours] = createHttpInstrumentations();
      instrumentation = ours as HttpServerSpanInstrumentation;
      expect(instrumentation).toBeInstanceOf(HttpServerSpanInstrumentation);
      expect(instrumentation.samplerReadsAttributes()).toBe(false);
      expect(new HttpServerSpanInstrumentation().samplerReadsAttributes()).toBe(true);
    });
  });
});
