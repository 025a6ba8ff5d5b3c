import { resolveTelemetryConfig } from '../../src';

const resolve = (metrics: unknown) => () => resolveTelemetryConfig({ metrics }, { env: {} });

describe('metrics options', () => {
  it('fills defaults', () => {
    const { metrics } = resolveTelemetryConfig({}, { env: {} });
    expect(metrics).toMatchObject({
      maxSeriesPerMetric: 2000,
      prometheus: {
        path: '/metrics',
        port: undefined,
        host: '0.0.0.0',
        bearerToken: undefined,
        routeMetadata: {},
      },
      http: {
        enabled: true,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
      },
      genAi: { prices: {} },
    });
  });

  it('names the field, the value and what is allowed', () => {
    expect(resolve({ maxSeriesPerMetric: 0 })).toThrow(
      /metrics\.maxSeriesPerMetric: got 0; expected a whole number >= 1/,
    );
    expect(resolve({ http: { buckets: [1, 0.5] } })).toThrow(
      /metrics\.http\.buckets: got an array; expected strictly increasing/,
    );
    expect(resolve({ prometheus: { port: 70000 } })).toThrow(
      /metrics\.prometheus\.port: got 70000; expected a port number <= 65535/,
    );
    expect(resolve({ genAi: { prices: { 'gpt-4o': { input: -1, output: 1 } } } })).toThrow(
      /metrics\.genAi\.prices\.gpt-4o\.input: got -1; expected a price >= 0/,
    );
    expect(resolve({ defaultLabels: { 'bad-label': 'x' } })).toThrow(
      /metrics\.defaultLabels: .*expected label names/,
    );
  });

  it('never prints the bearer token', () => {
    expect(resolve({ prometheus: { bearerToken: 42 } })).toThrow(
      /metrics\.prometheus\.bearerToken: got \[REDACTED\]/,
    );
  });
});
