import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { ensureDist } from '../support/ensure-dist';
import { OtlpReceiver } from '../support/otlp-receiver';
import { PLATFORMS } from './fixtures/create-app';

const ROOT = join(__dirname, '..', '..');

async function startApp(
  platform: string,
  receiver: OtlpReceiver,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--require',
      './dist/sdk/register.js',
      '-r',
      'ts-node/register/transpile-only',
      'test/metrics/fixtures/route-span-app.ts',
      platform,
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        OTEL_SERVICE_NAME: 'route-span-test',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_METRICS_EXPORTER: 'none',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PORT (\d+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`app exited with ${code} before listening`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

describe.each(PLATFORMS)('server span route on %s (child process)', (platform) => {
  let receiver: OtlpReceiver;
  let child: ChildProcess | undefined;

  beforeAll(() => ensureDist());
  beforeEach(async () => {
    receiver = await new OtlpReceiver().start();
  });
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await receiver.stop();
  });

  it('names the server span after the route template and sets http.route; /metrics gets no span', async () => {
    const app = await startApp(platform, receiver);
    child = app.child;
    // The scrape first: had it a span, it would be exported no later than the request's.
    await request(app.url).get('/metrics').expect(200);
    await request(app.url).get('/users/42').expect(200);
    const serverSpans = () => receiver.spans().filter((s) => s.kind === 2);
    const server = await receiver.waitFor(serverSpans, (spans) => spans.length >= 1, 30_000);

    expect(server.map((s) => s.name)).toEqual(['GET /users/:id']);
    expect(server[0].attributes['http.route']).toBe('/users/:id');
  });
});
