import type { HealthCheckFn } from './health-check.types';
import { runHealthCheck } from './run-health-check';

const run = (check: HealthCheckFn, timeoutMs = 200) =>
  runHealthCheck({ name: 'c', check, timeoutMs, required: true });

describe('runHealthCheck', () => {
  it('maps true, nothing and false to up, up and down', async () => {
    expect((await run(() => true)).status).toBe('up');
    expect((await run(() => undefined)).status).toBe('up');
    expect((await run(async () => false)).status).toBe('down');
  });

  it('keeps the details of a full result and adds the duration', async () => {
    const result = await run(async () => ({ status: 'degraded', lagMs: 120 }));
    expect(result).toMatchObject({ status: 'degraded', lagMs: 120 });
    expect(typeof result.durationMs).toBe('number');
  });

  it('turns a thrown error or a rejection into down with its message', async () => {
    expect(
      await run(() => {
        throw new Error('connection refused');
      }),
    ).toMatchObject({ status: 'down', message: 'connection refused' });
    expect(await run(() => Promise.reject(new Error('no route')))).toMatchObject({
      status: 'down',
      message: 'no route',
    });
  });

  it('reports down at its own timeout when the check never settles', async () => {
    const started = Date.now();
    const result = await run(() => new Promise(() => {}), 150);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(result).toMatchObject({ status: 'down', message: 'timed out after 150 ms' });
  });

  it('reports down for a result that has no valid status', async () => {
    const result = await run(() => ({ status: 'fine' }) as never);
    expect(result.status).toBe('down');
    expect(result.message).toMatch(/neither a boolean/);
  });
});
