import 'reflect-metadata';
import { Controller, Get, Injectable } from '@nestjs/common';
import { finalize, interval, map, Observable, take } from 'rxjs';
import request from 'supertest';
import { Instrument, STREAM_CANCELLED, STREAM_ITEM_COUNT } from '../../src';
import {
  createTelemetryTestApp,
  sleep,
  type TelemetryTestApp,
} from '../support/telemetry-test-app';

@Injectable()
class Feeds {
  ticksTornDown = false;
  generatorCleanedUp = false;

  @Instrument()
  ticks(): Observable<number> {
    return interval(10).pipe(finalize(() => (this.ticksTornDown = true)));
  }

  @Instrument()
  async *tokens(): AsyncGenerator<string> {
    try {
      for (let i = 0; ; i++) {
        await sleep(5);
        yield `t${i}`;
      }
    } finally {
      this.generatorCleanedUp = true;
    }
  }
}

@Controller()
class FeedController {
  constructor(private readonly feeds: Feeds) {}

  @Get('first-ticks')
  firstTicks(): Observable<number> {
    return this.feeds.ticks().pipe(
      take(3),
      map((n) => n * 10),
    );
  }

  @Get('first-tokens')
  async firstTokens(): Promise<string> {
    let text = '';
    for await (const token of this.feeds.tokens()) {
      text += token;
      if (text.length >= 4) break;
    }
    return text;
  }
}

describe('@Instrument stream cancellation', () => {
  let t: TelemetryTestApp;

  beforeEach(async () => {
    t = await createTelemetryTestApp({ controllers: [FeedController], providers: [Feeds] });
  });
  afterEach(() => t.app.close());

  it('ends an Observable span when the subscriber unsubscribes early', async () => {
    await request(t.app.getHttpServer()).get('/first-ticks').expect(200);
    const [span] = await t.spans.waitForSpans('Feeds.ticks');
    expect(t.app.get(Feeds).ticksTornDown).toBe(true);
    expect(span.fields).toMatchObject({ [STREAM_CANCELLED]: true, [STREAM_ITEM_COUNT]: 3 });
    expect(span.status).toBe('unset');
    expect(span.durationMs).toBeGreaterThanOrEqual(25);
  });

  it('ends an Observable span when unsubscribed directly', async () => {
    const subscription = t.app.get(Feeds).ticks().subscribe();
    await sleep(35);
    expect(t.spans.spans('Feeds.ticks')).toHaveLength(0);
    subscription.unsubscribe();
    t.spans.expectSpan('Feeds.ticks', { fields: { [STREAM_CANCELLED]: true } });
  });

  it('ends an async generator span when the consumer returns early', async () => {
    await request(t.app.getHttpServer()).get('/first-tokens').expect(200, 't0t1');
    expect(t.app.get(Feeds).generatorCleanedUp).toBe(true);
    t.spans.expectSpan('Feeds.tokens', {
      status: 'unset',
      fields: { [STREAM_CANCELLED]: true, [STREAM_ITEM_COUNT]: 2 },
    });
  });
});
