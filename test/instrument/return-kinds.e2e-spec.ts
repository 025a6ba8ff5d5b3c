import 'reflect-metadata';
import { Controller, Get, Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { runInNewContext } from 'node:vm';
import { defer, delay, firstValueFrom, map, Observable, of, take } from 'rxjs';
import request from 'supertest';
import { Instrument, STREAM_ITEM_COUNT, STREAM_TIME_TO_FIRST_ITEM_MS } from '../../src';
import {
  createTelemetryTestApp,
  sleep,
  type TelemetryTestApp,
} from '../support/telemetry-test-app';

/** A lazy query builder: it runs only when someone calls `then`. */
class LazyQuery {
  executed = 0;
  then(resolve: (rows: string[]) => void): void {
    this.executed++;
    resolve(['row']);
  }
}

@Injectable()
class Work {
  lastQuery: LazyQuery | undefined;

  @Instrument()
  syncSum(a: number, b: number): number {
    const until = Date.now() + 50;
    while (Date.now() < until); // 50 ms of sync work
    return a + b;
  }

  @Instrument()
  async slowPromise(): Promise<string> {
    await sleep(50);
    return 'done';
  }

  @Instrument()
  slowObservable(): Observable<number> {
    return of(1, 2, 3).pipe(delay(50));
  }

  @Instrument()
  async *tokens(): AsyncGenerator<string> {
    await sleep(30);
    yield 'Hello';
    await sleep(30);
    yield ' world';
  }

  @Instrument()
  query(): LazyQuery {
    this.lastQuery = new LazyQuery();
    return this.lastQuery;
  }
}

@Controller()
class WorkController {
  constructor(private readonly work: Work) {}

  @Get('sync')
  sync(): { value: number; isPromise: boolean } {
    const value = this.work.syncSum(2, 3);
    return { value, isPromise: (value as unknown) instanceof Promise };
  }

  @Get('promise')
  promise(): Promise<string> {
    return this.work.slowPromise();
  }

  @Get('observable')
  observable(): Observable<number[]> {
    const values: number[] = [];
    return defer(() => this.work.slowObservable()).pipe(
      map((v) => values.push(v)),
      take(3),
      map(() => values),
    );
  }

  @Get('stream')
  async stream(): Promise<string> {
    let text = '';
    for await (const token of this.work.tokens()) text += token;
    return text;
  }

  @Get('query')
  query(): { executed: number } {
    const query = this.work.query();
    return { executed: query.executed };
  }
}

describe('@Instrument return kinds', () => {
  let t: TelemetryTestApp;

  beforeEach(async () => {
    t = await createTelemetryTestApp({ controllers: [WorkController], providers: [Work] });
  });
  afterEach(() => t.app.close());

  it('keeps a sync method sync and times its work', async () => {
    const res = await request(t.app.getHttpServer()).get('/sync').expect(200);
    expect(res.body).toEqual({ value: 5, isPromise: false });
    const span = t.spans.expectSpan('Work.syncSum', { status: 'unset' });
    expect(span.durationMs).toBeGreaterThanOrEqual(49);
  });

  it('ends a Promise span when the promise settles', async () => {
    await request(t.app.getHttpServer()).get('/promise').expect(200, 'done');
    expect(t.spans.get('Work.slowPromise').durationMs).toBeGreaterThanOrEqual(49);
  });

  it('ends an Observable span when it completes, not when it is returned', async () => {
    const res = await request(t.app.getHttpServer()).get('/observable').expect(200);
    expect(res.body).toEqual([1, 2, 3]);
    const [span] = await t.spans.waitForSpans('Work.slowObservable');
    expect(span.durationMs).toBeGreaterThanOrEqual(49);
    expect(span.fields[STREAM_ITEM_COUNT]).toBe(3);
  });

  it('ends an async generator span when iteration completes, with item count and time to first item', async () => {
    await request(t.app.getHttpServer()).get('/stream').expect(200, 'Hello world');
    const span = t.spans.get('Work.tokens');
    expect(span.durationMs).toBeGreaterThanOrEqual(59);
    expect(span.fields[STREAM_ITEM_COUNT]).toBe(2);
    expect(span.fields[STREAM_TIME_TO_FIRST_ITEM_MS]).toBeGreaterThanOrEqual(29);
    expect(span.fields[STREAM_TIME_TO_FIRST_ITEM_MS]).toBeLessThan(span.durationMs);
  });

  it('never executes a thenable that is not a Promise', async () => {
    const res = await request(t.app.getHttpServer()).get('/query').expect(200);
    expect(res.body).toEqual({ executed: 0 });
    await sleep(20);
    expect(t.app.get(Work).lastQuery!.executed).toBe(0);
    t.spans.expectSpan('Work.query', { parent: 'GET /query', status: 'unset' });
  });

  it('returns sync results and thenables as they are, not wrapped', () => {
    const work = t.app.get(Work);
    expect(work.syncSum(1, 2)).toBe(3);
    const query = work.query();
    expect(query).toBe(work.lastQuery);
    expect(query.executed).toBe(0);
    expect(t.spans.spans('Work.query')).toHaveLength(1);
  });
});

describe('@Instrument return kinds, direct calls', () => {
  let t: TelemetryTestApp;

  @Injectable()
  class Sources {
    @Instrument({ fields: { label: (label: string) => label } })
    cold(_label: string): Observable<number> {
      return of(1).pipe(delay(5));
    }

    @Instrument()
    readable(): Readable {
      return Readable.from(['a', 'b']);
    }
  }

  beforeEach(async () => {
    t = await createTelemetryTestApp({ providers: [Sources] });
  });
  afterEach(() => t.app.close());

  it('gives each subscription of a returned Observable its own span', async () => {
    const cold = t.app.get(Sources).cold('c1');
    const first = cold.subscribe();
    first.unsubscribe();
    await firstValueFrom(cold);
    const [cancelled, completed] = t.spans.spans('Sources.cold');
    expect(cancelled.fields).toMatchObject({ label: 'c1', 'stream.cancelled': true });
    expect(completed.fields).toMatchObject({ label: 'c1', 'stream.item_count': 1 });
    expect(completed.fields).not.toHaveProperty('stream.cancelled');
    expect(completed.spanId).not.toBe(cancelled.spanId);
  });

  it('traces an async function from another realm (its Promise is not this realm’s)', async () => {
    class Realm {}
    const foreign = runInNewContext('(async function (x) { await null; return x * 2; })');
    const descriptor: PropertyDescriptor = { value: foreign, writable: true, configurable: true };
    Instrument('realm.double')(Realm.prototype, 'double', descriptor);
    Object.defineProperty(Realm.prototype, 'double', descriptor);
    const pending = (new Realm() as { double(x: number): Promise<number> }).double(21);
    expect(t.spans.spans('realm.double')).toHaveLength(0); // ends when the promise settles
    expect(await pending).toBe(42);
    t.spans.expectSpan('realm.double', { status: 'unset' });
  });

  it('returns an iterable class instance (a Node stream) untouched', async () => {
    const stream = t.app.get(Sources).readable();
    expect(stream).toBeInstanceOf(Readable);
    t.spans.expectSpan('Sources.readable', { status: 'unset' });
    const chunks: string[] = [];
    for await (const chunk of stream) chunks.push(String(chunk));
    expect(chunks).toEqual(['a', 'b']);
  });
});
