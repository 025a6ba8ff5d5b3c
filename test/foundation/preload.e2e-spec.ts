import { SpanKind } from '@opentelemetry/api';
import { OtlpReceiver } from '../support/otlp-receiver';
import { spawnApp, type SpawnedApp } from '../support/spawn-app';

const SCRIPT = 'test/fixtures/preload-app/main.ts';

describe('preload entry (spawned process)', () => {
  let receiver: OtlpReceiver;
  let app: SpawnedApp | undefined;
  beforeEach(async () => (receiver = await new OtlpReceiver().start()));
  afterEach(async () => {
    await app?.stop();
    await receiver.stop();
  });

  const env = () => ({
    OTEL_SERVICE_NAME: 'preloaded',
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    OTEL_BSP_SCHEDULE_DELAY: '100',
  });

  it('node --require nestjs-telemetry/register produces HTTP server spans, decoded from OTLP protobuf', async () => {
    app = await spawnApp(SCRIPT, { env: env() });
    const res = await fetch(`${app.url}/users/42`);
    expect(await res.json()).toEqual({ id: '42' });

    const spans = await receiver.waitFor(
      () => receiver.spans().filter((s) => s.kind === SpanKind.SERVER + 1),
      (s) => s.length > 0,
    );
    expect(spans[0].attributes['http.request.method'] ?? spans[0].attributes['http.method']).toBe(
      'GET',
    );
    expect(spans[0].resource['service.name']).toBe('preloaded');
    expect(app.output()).not.toMatch(/started after Node's http module/);
  });

  it('explicit module options win over the env the preload read; the preloaded hooks keep working', async () => {
    app = await spawnApp(SCRIPT, { env: { ...env(), FIXTURE_SERVICE_NAME: 'from-module' } });
    await fetch(`${app.url}/users/7`);
    const spans = await receiver.waitFor(
      () => receiver.spans().filter((s) => s.kind === SpanKind.SERVER + 1),
      (s) => s.length > 0,
    );
    expect(spans[0].resource['service.name']).toBe('from-module');
  });

  it('SIGTERM flushes spans and the process exits cleanly', async () => {
    app = await spawnApp(SCRIPT, { env: { ...env(), OTEL_BSP_SCHEDULE_DELAY: '60000' } });
    await fetch(`${app.url}/users/1`);
    await fetch(`${app.url}/users/2`);
    expect(receiver.spans()).toHaveLength(0);
    const exit = await app.stop();
    app = undefined;
    // Nest re-raises the signal after its shutdown hooks ran, so the exit is "by SIGTERM".
    expect([0, 'SIGTERM']).toContain(exit);
    expect(receiver.spans().filter((s) => s.kind === SpanKind.SERVER + 1)).toHaveLength(2);
  });

  it('without the preload, the module starts the SDK itself and warns once how to fix the load order', async () => {
    app = await spawnApp(SCRIPT, { env: env(), preload: false });
    const warnings = app.output().match(/started after Node's http module was loaded/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(app.output()).toMatch(/--require nestjs-telemetry\/register/);
  });
});
