import 'reflect-metadata';
import { Controller, Get, Injectable, Param } from '@nestjs/common';
import { firstValueFrom, from, mergeMap, Observable, timer, map } from 'rxjs';
import request from 'supertest';
import { Instrument } from '../../src';
import {
  createTelemetryTestApp,
  sleep,
  type TelemetryTestApp,
} from '../support/telemetry-test-app';

@Injectable()
class Leaf {
  @Instrument({ fields: { id: (id: string) => id } })
  async leaf(id: string): Promise<string> {
    await sleep(1 + (id.length % 5));
    return `leaf-${id}`;
  }
}

@Injectable()
class Middle {
  constructor(private readonly leaf: Leaf) {}

  @Instrument({ fields: { id: (id: string) => id } })
  async middle(id: string): Promise<string> {
    await new Promise((resolve) => setImmediate(resolve));
    const value = await this.leaf.leaf(id);
    await sleep(Math.floor(Math.random() * 5));
    return value;
  }

  @Instrument()
  viaObservable(id: string): Observable<string> {
    return timer(5).pipe(mergeMap(() => from(this.leaf.leaf(id))));
  }

  @Instrument()
  async *viaGenerator(id: string): AsyncGenerator<string> {
    await sleep(2);
    yield await this.leaf.leaf(id);
  }
}

@Controller()
class TreeController {
  constructor(private readonly middle: Middle) {}

  @Get('tree/:id')
  @Instrument({ fields: { id: (id: string) => id } })
  async tree(@Param('id') id: string): Promise<string> {
    await sleep(Math.floor(Math.random() * 10));
    return this.middle.middle(id);
  }

  @Get('observable/:id')
  @Instrument()
  observable(@Param('id') id: string): Promise<string> {
    return firstValueFrom(this.middle.viaObservable(id).pipe(map((v) => v)));
  }

  @Get('generator/:id')
  @Instrument()
  async generator(@Param('id') id: string): Promise<string> {
    let out = '';
    for await (const v of this.middle.viaGenerator(id)) out += v;
    return out;
  }
}

describe('@Instrument context propagation', () => {
  let t: TelemetryTestApp;

  beforeEach(async () => {
    t = await createTelemetryTestApp({ controllers: [TreeController], providers: [Middle, Leaf] });
  });
  afterEach(() => t.app.close());

  it('nests three levels across async boundaries', async () => {
    await request(t.app.getHttpServer()).get('/tree/a1').expect(200, 'leaf-a1');
    const root = t.spans.expectSpan('TreeController.tree', {
      parent: 'GET /tree/:id',
      fields: { id: 'a1' },
    });
    const middle = t.spans.expectSpan('Middle.middle', { parent: 'TreeController.tree' });
    const leaf = t.spans.expectSpan('Leaf.leaf', { parent: 'Middle.middle', fields: { id: 'a1' } });
    expect(new Set([root.traceId, middle.traceId, leaf.traceId]).size).toBe(1);
  });

  it('makes calls inside an Observable subscription children of its span', async () => {
    await request(t.app.getHttpServer()).get('/observable/o1').expect(200, 'leaf-o1');
    await t.spans.waitForSpans('Middle.viaObservable');
    t.spans.expectSpan('Middle.viaObservable', { parent: 'TreeController.observable' });
    t.spans.expectSpan('Leaf.leaf', { parent: 'Middle.viaObservable' });
  });

  it('makes calls inside an async generator children of its span', async () => {
    await request(t.app.getHttpServer()).get('/generator/g1').expect(200, 'leaf-g1');
    t.spans.expectSpan('Middle.viaGenerator', { parent: 'TreeController.generator' });
    t.spans.expectSpan('Leaf.leaf', { parent: 'Middle.viaGenerator' });
  });

  it('keeps 100 interleaved concurrent requests in their own trees', async () => {
    const server = t.app.getHttpServer();
    const ids = Array.from({ length: 100 }, (_, i) => `r${i}`);
    const bodies = await Promise.all(
      ids.map((id) =>
        request(server)
          .get(`/tree/${id}`)
          .then((res) => res.text),
      ),
    );
    expect(bodies).toEqual(ids.map((id) => `leaf-${id}`));

    const roots = t.spans.spans('TreeController.tree');
    expect(roots).toHaveLength(100);
    expect(new Set(roots.map((r) => r.traceId)).size).toBe(100);
    for (const root of roots) {
      const id = root.fields.id;
      const [middle] = t.spans.childrenOf(root);
      const [leaf] = t.spans.childrenOf(middle);
      expect(t.spans.childrenOf(root)).toHaveLength(1);
      expect(middle.fields.id).toBe(id);
      expect(leaf.name).toBe('Leaf.leaf');
      expect(leaf.fields.id).toBe(id);
    }
  });
});
