import { buildHealthReport } from './build-health-report';
import type { NamedHealthResult } from './telemetry-health-checks';

const up = (name: string, required = true): NamedHealthResult => ({
  name,
  required,
  result: { status: 'up' },
});
const with_ = (name: string, status: 'degraded' | 'down', required = true): NamedHealthResult => ({
  name,
  required,
  result: { status, message: `${name} is ${status}` },
});
const rules = { shuttingDown: false, degradedFailsReadiness: false };

describe('buildHealthReport', () => {
  it('answers 200 ok with every check in info and details when all are up', () => {
    const { httpStatus, body } = buildHealthReport([up('db'), up('telemetry')], rules);
    expect(httpStatus).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      info: { db: { status: 'up' }, telemetry: { status: 'up' } },
      error: {},
      details: { db: { status: 'up' }, telemetry: { status: 'up' } },
    });
  });

  it('answers 503 error when a required check is down, keeping the others in info', () => {
    const { httpStatus, body } = buildHealthReport([up('cache'), with_('db', 'down')], rules);
    expect(httpStatus).toBe(503);
    expect(body.status).toBe('error');
    expect(Object.keys(body.error)).toEqual(['db']);
    expect(Object.keys(body.info)).toEqual(['cache']);
    expect(Object.keys(body.details)).toEqual(['cache', 'db']);
  });

  it('reports a check that is down but not required without failing', () => {
    const { httpStatus, body } = buildHealthReport([with_('search', 'down', false)], rules);
    expect(httpStatus).toBe(200);
    expect(body.info.search.status).toBe('down');
  });

  it('lets degraded pass unless degradedFailsReadiness is set', () => {
    const checks = [with_('otlp_traces', 'degraded')];
    expect(buildHealthReport(checks, rules).httpStatus).toBe(200);
    const strict = buildHealthReport(checks, { ...rules, degradedFailsReadiness: true });
    expect(strict.httpStatus).toBe(503);
    expect(strict.body.error.otlp_traces.status).toBe('degraded');
  });

  it('answers 503 shutting_down during shutdown even when every check is up', () => {
    const { httpStatus, body } = buildHealthReport([up('db')], { ...rules, shuttingDown: true });
    expect(httpStatus).toBe(503);
    expect(body.status).toBe('shutting_down');
    expect(body.info.db.status).toBe('up');
  });
});
