import { resolveTelemetryConfig } from './resolve-telemetry-config';
import { TelemetryConfigError } from './telemetry-config-error';

const resolve = (options: unknown, env: NodeJS.ProcessEnv = {}) =>
  resolveTelemetryConfig(options, { env, cwd: __dirname });

function problemsOf(options: unknown, env: NodeJS.ProcessEnv = {}): string {
  try {
    resolve(options, env);
  } catch (error) {
    expect(error).toBeInstanceOf(TelemetryConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a TelemetryConfigError');
}

describe('resolveTelemetryConfig: bad configurations', () => {
  const cases: [string, unknown, NodeJS.ProcessEnv, RegExp][] = [
    [
      'a ratio of 1.5',
      { traces: { samplingRatio: 1.5 } },
      {},
      /traces\.samplingRatio: got 1\.5; expected a number between 0 and 1/,
    ],
    [
      'a negative ratio',
      { traces: { samplingRatio: -0.1 } },
      {},
      /traces\.samplingRatio: got -0\.1;/,
    ],
    [
      'a ratio as a string',
      { traces: { samplingRatio: '0.5' } },
      {},
      /traces\.samplingRatio: got "0\.5"; expected a number/,
    ],
    [
      'a negative batch size',
      { traces: { batch: { maxExportBatchSize: -1 } } },
      {},
      /traces\.batch\.maxExportBatchSize: got -1; expected a whole number >= 1/,
    ],
    [
      'a fractional queue size',
      { events: { batch: { maxQueueSize: 10.5 } } },
      {},
      /events\.batch\.maxQueueSize: got 10\.5; expected a whole number/,
    ],
    [
      'a batch larger than the queue',
      { traces: { batch: { maxExportBatchSize: 600, maxQueueSize: 100 } } },
      {},
      /traces\.batch\.maxExportBatchSize: got 600; expected at most traces\.batch\.maxQueueSize \(100\)/,
    ],
    [
      'an event batch larger than the default queue',
      { events: { batch: { maxExportBatchSize: 5000 } } },
      {},
      /events\.batch\.maxExportBatchSize: got 5000; expected at most events\.batch\.maxQueueSize \(2048\)/,
    ],
    [
      'an endpoint that is not a URL',
      { otlp: { endpoint: 'collector:4318' } },
      {},
      /otlp\.endpoint: got "collector:4318"; expected an absolute http:\/\/ or https:\/\/ URL/,
    ],
    [
      'a signal endpoint that is not a URL',
      { otlp: { traces: { endpoint: 'nope' } } },
      {},
      /otlp\.traces\.endpoint: got "nope";/,
    ],
    [
      'an unknown protocol',
      { otlp: { protocol: 'thrift' } },
      {},
      /otlp\.protocol: got "thrift"; expected one of 'http\/protobuf', 'http\/json', 'grpc'/,
    ],
    [
      'an unknown compression',
      { otlp: { compression: 'brotli' } },
      {},
      /otlp\.compression: got "brotli"; expected 'gzip' or 'none'/,
    ],
    [
      'a zero timeout',
      { otlp: { timeoutMs: 0 } },
      {},
      /otlp\.timeoutMs: got 0; expected a whole number >= 1/,
    ],
    [
      'an empty service name',
      { serviceName: '' },
      {},
      /serviceName: got ""; expected a non-empty string/,
    ],
    ['a numeric service name', { serviceName: 42 }, {}, /serviceName: got 42; expected a string/],
    ['enabled as a string', { enabled: 'yes' }, {}, /enabled: got "yes"; expected true or false/],
    [
      'an unknown log level',
      { logging: { level: 'verbose' } },
      {},
      /logging\.level: got "verbose"; expected one of 'trace'/,
    ],
    [
      'a metrics path without a slash',
      { metrics: { prometheus: { path: 'metrics' } } },
      {},
      /metrics\.prometheus\.path: got "metrics"; expected a path like '\/metrics'/,
    ],
    [
      'a too-short export interval',
      { metrics: { exportIntervalMs: 10 } },
      {},
      /metrics\.exportIntervalMs: got 10; expected a whole number >= 100/,
    ],
    ['an unknown option (a typo)', { serviceNmae: 'x' }, {}, /serviceNmae: unknown option/],
    [
      'an unknown nested option',
      { traces: { sampler: 'always_on' } },
      {},
      /traces\.sampler: unknown option/,
    ],
    [
      'an unknown trace exporter',
      { traces: { exporter: 'jaeger' } },
      {},
      /traces\.exporter: got "jaeger"; expected one of 'otlp', 'console', 'none'/,
    ],
    [
      'a resource attribute that is an object',
      { resourceAttributes: { team: { a: 1 } } },
      {},
      /resourceAttributes\.team: got a value of type object; expected a string, number or boolean/,
    ],
    [
      'the health path equal to the metrics path',
      { health: { path: '/metrics' } },
      {},
      /health\.path: got "\/metrics"; expected a path different from metrics\.prometheus\.path/,
    ],
    [
      'a factory that returned a string',
      'telemetry',
      {},
      /options: got "telemetry"; expected an options object/,
    ],
    [
      'a factory that returned nothing',
      undefined,
      {},
      /options: got undefined; expected an options object/,
    ],
    [
      'a factory that returned an array',
      [],
      {},
      /options: got an array; expected an options object/,
    ],
    [
      'a bad OTEL_BSP_MAX_QUEUE_SIZE',
      {},
      { OTEL_BSP_MAX_QUEUE_SIZE: 'lots' },
      /traces\.batch\.maxQueueSize \(from OTEL_BSP_MAX_QUEUE_SIZE\): got "lots"; expected a number/,
    ],
    [
      'a bad OTEL_TRACES_SAMPLER_ARG',
      {},
      { OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '2' },
      /traces\.samplingRatio \(from OTEL_TRACES_SAMPLER_ARG\): got 2; expected a number between 0 and 1/,
    ],
    [
      'an unknown OTEL_TRACES_SAMPLER',
      {},
      { OTEL_TRACES_SAMPLER: 'sometimes' },
      /traces\.samplingRatio \(from OTEL_TRACES_SAMPLER\): got "sometimes"; expected one of always_on/,
    ],
    [
      'a bad OTEL_EXPORTER_OTLP_PROTOCOL',
      {},
      { OTEL_EXPORTER_OTLP_PROTOCOL: 'udp' },
      /otlp\.protocol \(from OTEL_EXPORTER_OTLP_PROTOCOL\): got "udp"/,
    ],
  ];

  it.each(cases)('rejects %s', (_name, options, env, expected) => {
    expect(problemsOf(options, env)).toMatch(expected);
  });

  it('reports every problem in one error', () => {
    const message = problemsOf({ traces: { samplingRatio: 2 }, otlp: { protocol: 'x' } });
    expect(message).toMatch(/2 problems/);
    expect(message).toMatch(/traces\.samplingRatio/);
    expect(message).toMatch(/otlp\.protocol/);
  });
});

describe('resolveTelemetryConfig: secrets never appear in errors', () => {
  it('redacts header values', () => {
    const message = problemsOf({ otlp: { headers: { authorization: 42 } } });
    expect(message).toMatch(/otlp\.headers\.authorization: got \[REDACTED\]/);
    expect(message).not.toMatch(/42/);
  });

  it('masks credentials inside an invalid URL', () => {
    const message = problemsOf({ otlp: { endpoint: 'ftp://alice:s3cret@collector/' } });
    expect(message).toMatch(/ftp:\/\/\*\*\*:\*\*\*@collector/);
    expect(message).not.toMatch(/s3cret|alice/);
  });

  it('redacts header values that came from the environment', () => {
    const message = problemsOf(
      {},
      { OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=topsecret', OTEL_BSP_MAX_QUEUE_SIZE: '-5' },
    );
    expect(message).not.toMatch(/topsecret/);
  });
});
