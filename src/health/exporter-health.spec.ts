import { ExporterStatus } from '../diagnostics/exporter-status';
import { exporterHealth } from './exporter-health';

describe('exporterHealth', () => {
  it('is up with its counters before any failure', () => {
    const status = new ExporterStatus('otlp_traces');
    status.recordSuccess(10);
    status.watchQueue(() => ({ size: 5, capacity: 100 }));
    const result = exporterHealth(status.snapshot());
    expect(result).toMatchObject({
      status: 'up',
      exported: 10,
      consecutiveFailures: 0,
      lastError: null,
      queue: { size: 5, capacity: 100, fill: 0.05 },
    });
    expect(typeof result.lastSuccessAt).toBe('string');
  });

  it('is degraded while exports fail, with the last error and the drops', () => {
    const status = new ExporterStatus('otlp_traces');
    status.recordFailure(new Error('ECONNREFUSED'), 20);
    status.recordDrop('export_failed', 20);
    const result = exporterHealth(status.snapshot());
    expect(result.status).toBe('degraded');
    expect(result.message).toMatch(/export failing \(1 in a row\): ECONNREFUSED/);
    expect(result.dropped).toEqual({ export_failed: 20 });
  });

  it('is degraded when the queue is nearly full, and up again once exports succeed', () => {
    const status = new ExporterStatus('otlp_events');
    let size = 95;
    status.watchQueue(() => ({ size, capacity: 100 }));
    expect(exporterHealth(status.snapshot()).message).toBe('export queue nearly full');
    size = 0;
    status.recordFailure(new Error('x'), 1);
    status.recordSuccess(1);
    expect(exporterHealth(status.snapshot()).status).toBe('up');
  });

  it('masks credentials of URLs in error messages (the report is often public)', () => {
    const status = new ExporterStatus('otlp_traces');
    status.recordFailure(
      new Error('connect ECONNREFUSED https://user:s3cret@collector:4318/v1/traces'),
      1,
    );
    const result = exporterHealth(status.snapshot());
    expect(JSON.stringify(result)).not.toContain('s3cret');
    expect((result.lastError as { message: string }).message).toContain(
      'https://***:***@collector',
    );
  });
});
