import { resolveTelemetryConfig } from './resolve-telemetry-config';

const resolve = (options: unknown) => resolveTelemetryConfig(options, { env: {}, cwd: __dirname });

describe('health and shutdown options', () => {
  it('defaults to a 3 s check timeout, degraded not failing readiness, and no drain delay', () => {
    const config = resolve({});
    expect(config.health).toEqual({
      enabled: true,
      path: '/health',
      checkTimeoutMs: 3000,
      degradedFailsReadiness: false,
    });
    expect(config.shutdown).toEqual({ timeoutMs: 5000, drainDelayMs: 0 });
  });

  it('takes explicit values', () => {
    const config = resolve({
      health: { path: '/status', checkTimeoutMs: 250, degradedFailsReadiness: true },
      shutdown: { timeoutMs: 2000, drainDelayMs: 5000 },
    });
    expect(config.health).toMatchObject({ path: '/status', checkTimeoutMs: 250 });
    expect(config.health.degradedFailsReadiness).toBe(true);
    expect(config.shutdown).toEqual({ timeoutMs: 2000, drainDelayMs: 5000 });
  });

  it.each([
    [
      { health: { checkTimeoutMs: 0 } },
      /health\.checkTimeoutMs: got 0; expected a whole number >= 1/,
    ],
    [
      { health: { degradedFailsReadiness: 'yes' } },
      /health\.degradedFailsReadiness: got "yes"; expected true or false/,
    ],
    [
      { shutdown: { drainDelayMs: -1 } },
      /shutdown\.drainDelayMs: got -1; expected a whole number >= 0/,
    ],
    [
      { shutdown: { drainDelayMs: 1.5 } },
      /shutdown\.drainDelayMs: got 1\.5; expected a whole number/,
    ],
    [{ health: { path: 'health' } }, /health\.path: got "health"; expected a path like/],
  ])('rejects %j naming the option', (options, message) => {
    expect(() => resolve(options)).toThrow(message);
  });
});
