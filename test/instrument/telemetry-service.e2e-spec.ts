import 'reflect-metadata';
import { Controller, Get, Injectable } from '@nestjs/common';
import { delay, Observable, of } from 'rxjs';
import request from 'supertest';
import { Empty, TelemetryDiagnostics, TelemetryService } from '../../src';
import {
  createTelemetryTestApp,
  sleep,
  type TelemetryTestApp,
} from '../support/telemetry-test-app';

@Injectable()
class Stages {
  constructor(private readonly telemetry: TelemetryService) {}

  /** The seed's pipeline: stage spans around blocks, a field declared empty and recorded later. */
  async process(): Promise<{ traceId?: string; spanId?: string; spanIdInStage?: string }> {
    return this.telemetry.span('pipeline.process', async () => {
      const traceId = this.telemetry.traceId();
      const spanId = this.telemetry.spanId();
      await this.telemetry.span('stage.auth_resolve', () => sleep(50));
      const spanIdInStage = this.telemetry.span('stage.history_sanitize', () => {
        this.telemetry.setAttributes({ 'history.messages': 4 });
        this.telemetry.addEvent('history.trimmed', { removed: 1 });
        return this.telemetry.spanId();
      });
      await this.telemetry.span(
        'stage.context_guard',
        async () => {
          await sleep(1);
          this.telemetry.record('total_tokens', 12450);
        },
        { fields: { total_tokens: Empty, guard: 'v2' } },
      );
      return { traceId, spanId, spanIdInStage };
    });
  }

  stream(): Observable<number> {
    return this.telemetry.span('stage.stream', () => of(1, 2).pipe(delay(50)));
  }
}

@Controller()
class StagesController {
  constructor(private readonly stages: Stages) {}

  @Get('process')
  process(): Promise<unknown> {
    return this.stages.process();
  }

  @Get('stream')
  stream(): Observable<number> {
    return this.stages.stream();
  }
}

describe('TelemetryService tracing', () => {
  let t: TelemetryTestApp;
  let telemetry: TelemetryService;

  beforeEach(async () => {
    t = await createTelemetryTestApp({ controllers: [StagesController], providers: [Stages] });
    telemetry = t.app.get(TelemetryService);
  });
  afterEach(() => t.app.close());

  it('builds the seed pipeline tree with stage spans and a recorded field', async () => {
    const res = await request(t.app.getHttpServer()).get('/process').expect(200);
    const root = t.spans.expectSpan('pipeline.process', { parent: 'GET /process' });
    expect(res.body.traceId).toBe(root.traceId);
    expect(res.body.spanId).toBe(root.spanId);
    const auth = t.spans.expectSpan('stage.auth_resolve', { parent: 'pipeline.process' });
    expect(auth.durationMs).toBeGreaterThanOrEqual(49);
    const history = t.spans.expectSpan('stage.history_sanitize', {
      parent: 'pipeline.process',
      fields: { 'history.messages': 4 },
    });
    expect(res.body.spanIdInStage).toBe(history.spanId);
    expect(history.events).toEqual([{ name: 'history.trimmed', attributes: { removed: 1 } }]);
    t.spans.expectSpan('stage.context_guard', {
      parent: 'pipeline.process',
      fields: { total_tokens: 12450, guard: 'v2' },
    });
  });

  it('keeps span() of a sync function sync', () => {
    const span = telemetry.span('sync.block', (s) => s.spanContext().spanId);
    expect(typeof span).toBe('string');
    expect(t.spans.get('sync.block').spanId).toBe(span);
  });

  it('ends a span() around an Observable when it completes', async () => {
    await request(t.app.getHttpServer()).get('/stream').expect(200);
    const [span] = await t.spans.waitForSpans('stage.stream');
    expect(span.durationMs).toBeGreaterThanOrEqual(49);
  });

  it('gives the current span and no-ops outside any span', () => {
    expect(telemetry.currentSpan()).toBeUndefined();
    expect(telemetry.traceId()).toBeUndefined();
    expect(() => {
      telemetry.record('x', 1);
      telemetry.setAttributes({ x: 1 });
      telemetry.addEvent('x');
    }).not.toThrow();
    telemetry.span('outer', (outer) => expect(telemetry.currentSpan()).toBe(outer));
  });

  it('never throws into the caller on attributes it cannot read; counts them', () => {
    const unreadable = {
      get x(): number {
        throw new Error('getter');
      },
    };
    telemetry.span('odd', () => {
      expect(() => {
        telemetry.setAttributes(unreadable);
        telemetry.addEvent('odd.event', unreadable);
        telemetry.record(null as unknown as Record<string, unknown>);
      }).not.toThrow();
    });
    expect(t.spans.get('odd').status).toBe('unset');
    expect(t.app.get(TelemetryDiagnostics).snapshot()).toMatchObject({
      span_attributes_failed: 2,
      field_record_failed: 1,
    });
  });
});
