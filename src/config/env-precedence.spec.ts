import { resolveTelemetryConfig } from './resolve-telemetry-config';

const resolve = (options: object, env: NodeJS.ProcessEnv) =>
  resolveTelemetryConfig(options, { env, cwd: __dirname });

describe('OTEL_* environment variables as defaults', () => {
  it('uses the seed 001 defaults with no options and no environment', () => {
    const config = resolve({}, {});
    expect(config.enabled).toBe(true);
    expect(config.otlp.traces.url).toBe('http://localhost:4318/v1/traces');
    expect(config.otlp.traces.protocol).toBe('http/protobuf');
    expect(config.traces.samplingRatio).toBe(1);
    expect(config.traces.parentBased).toBe(true);
    expect(config.traces.batch).toEqual({
      maxExportBatchSize: 512,
      scheduledDelayMs: 5000,
      maxQueueSize: 2048,
      exportTimeoutMs: 30000,
    });
    expect(config.events.batch).toEqual(config.traces.batch);
    expect(config.metrics.exportIntervalMs).toBe(15000);
    expect(config.metrics.prometheus).toMatchObject({
      enabled: true,
      path: '/metrics',
      defaultMetrics: true,
    });
    expect(config.health.path).toBe('/health');
    expect(config.logging.level).toBe('info');
  });

  it('reads every supported variable', () => {
    const config = resolve(
      {},
      {
        OTEL_SERVICE_NAME: 'from-env',
        OTEL_RESOURCE_ATTRIBUTES:
          'service.version=1.2.3,deployment.environment.name=staging,team=core%20ai',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/',
        OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=abc,x-tenant=t1',
        OTEL_EXPORTER_OTLP_TIMEOUT: '2500',
        OTEL_EXPORTER_OTLP_COMPRESSION: 'gzip',
        OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://metrics:9000/custom',
        OTEL_EXPORTER_OTLP_LOGS_PROTOCOL: 'http/json',
        OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'x-tenant=t2',
        OTEL_EXPORTER_OTLP_TRACES_TIMEOUT: '700',
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '0.25',
        OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '100',
        OTEL_BSP_SCHEDULE_DELAY: '1000',
        OTEL_BSP_MAX_QUEUE_SIZE: '400',
        OTEL_BSP_EXPORT_TIMEOUT: '3000',
        OTEL_BLRP_MAX_EXPORT_BATCH_SIZE: '50',
        OTEL_BLRP_SCHEDULE_DELAY: '200',
        OTEL_BLRP_MAX_QUEUE_SIZE: '60',
        OTEL_BLRP_EXPORT_TIMEOUT: '900',
        OTEL_METRIC_EXPORT_INTERVAL: '5000',
        LOG_LEVEL: 'DEBUG',
      },
    );
    expect(config.serviceName).toBe('from-env');
    expect(config.serviceVersion).toBe('1.2.3');
    expect(config.environment).toBe('staging');
    expect(config.resourceAttributes.team).toBe('core ai');
    expect(config.otlp.traces).toEqual({
      url: 'http://collector:4318/v1/traces',
      protocol: 'http/protobuf',
      headers: { 'x-api-key': 'abc', 'x-tenant': 't2' },
      timeoutMs: 700,
      compression: 'gzip',
    });
    expect(config.otlp.metrics.url).toBe('http://metrics:9000/custom');
    expect(config.otlp.logs.protocol).toBe('http/json');
    expect(config.otlp.logs.timeoutMs).toBe(2500);
    expect(config.traces.samplingRatio).toBe(0.25);
    expect(config.traces.parentBased).toBe(true);
    expect(config.traces.batch).toEqual({
      maxExportBatchSize: 100,
      scheduledDelayMs: 1000,
      maxQueueSize: 400,
      exportTimeoutMs: 3000,
    });
    expect(config.events.batch).toEqual({
      maxExportBatchSize: 50,
      scheduledDelayMs: 200,
      maxQueueSize: 60,
      exportTimeoutMs: 900,
    });
    expect(config.metrics.exportIntervalMs).toBe(5000);
    expect(config.logging.level).toBe('debug');
  });

  it('lets explicit options win over the environment', () => {
    const config = resolve(
      {
        serviceName: 'explicit',
        traces: { samplingRatio: 0.5, batch: { maxQueueSize: 999 } },
        otlp: { endpoint: 'https://otlp.example:4318' },
      },
      {
        OTEL_SERVICE_NAME: 'env',
        OTEL_TRACES_SAMPLER_ARG: '0.1',
        OTEL_TRACES_SAMPLER: 'traceidratio',
        OTEL_BSP_MAX_QUEUE_SIZE: '100',
        OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '50',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://env:4318',
      },
    );
    expect(config.serviceName).toBe('explicit');
    expect(config.traces.samplingRatio).toBe(0.5);
    expect(config.traces.parentBased).toBe(false); // not overridden: still from OTEL_TRACES_SAMPLER
    expect(config.traces.batch.maxQueueSize).toBe(999);
    expect(config.traces.batch.maxExportBatchSize).toBe(50);
    expect(config.otlp.traces.url).toBe('https://otlp.example:4318/v1/traces');
  });

  it('does not name an env var for a value the options overrode', () => {
    expect(() =>
      resolve({ traces: { batch: { maxQueueSize: -1 } } }, { OTEL_BSP_MAX_QUEUE_SIZE: '10' }),
    ).toThrow(/traces\.batch\.maxQueueSize: got -1/);
  });

  it.each([
    ['true', false],
    ['TRUE', false],
    ['false', true],
    ['1', true],
  ])('OTEL_SDK_DISABLED=%s gives enabled=%s', (value, enabled) => {
    expect(resolve({}, { OTEL_SDK_DISABLED: value }).enabled).toBe(enabled);
  });

  it('lets explicit enabled: true win over OTEL_SDK_DISABLED', () => {
    expect(resolve({ enabled: true }, { OTEL_SDK_DISABLED: 'true' }).enabled).toBe(true);
  });

  it.each([
    ['always_on', 1, false],
    ['always_off', 0, false],
    ['parentbased_always_off', 0, true],
    ['traceidratio', 1, false],
  ])('OTEL_TRACES_SAMPLER=%s', (sampler, ratio, parentBased) => {
    const { traces } = resolve({}, { OTEL_TRACES_SAMPLER: sampler });
    expect(traces.samplingRatio).toBe(ratio);
    expect(traces.parentBased).toBe(parentBased);
  });

  it('uses the gRPC default endpoint without signal paths for grpc', () => {
    const config = resolve({}, { OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' });
    expect(config.otlp.traces.url).toBe('http://localhost:4317');
  });

  it('maps OTEL_TRACES_EXPORTER and OTEL_METRICS_EXPORTER', () => {
    const config = resolve(
      {},
      { OTEL_TRACES_EXPORTER: 'console', OTEL_METRICS_EXPORTER: 'prometheus' },
    );
    expect(config.traces.exporter).toBe('console');
    expect(config.metrics.otlpEnabled).toBe(false);
  });
});
