// The README's "Testing your instrumentation" example, run for real against the sample app's
// GatewayModule with the testing kit (test/readme checks that the README shows this code).
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { SpanRecorder, TelemetryTestingModule } from 'nestjs-telemetry/testing';
import request from 'supertest';
import { GatewayModule } from '../../sample-app/src/gateway.module';

describe('testing the sample app with nestjs-telemetry/testing (in process)', () => {
  let app: INestApplication;
  afterEach(async () => app?.close());

  it('records the pipeline spans in memory', async () => {
    // README example: begin
    const moduleRef = await Test.createTestingModule({
      imports: [
        // spans go to an in-memory recorder; no events, no JSON request logs in the test output
        TelemetryTestingModule.forRoot({ events: { enabled: false }, logging: { enabled: false } }),
        GatewayModule,
      ],
    }).compile();
    const app = await moduleRef.createNestApplication().init();

    await request(app.getHttpServer())
      .post('/v1/messages')
      .send({ session_key: 's1', channel_id: 'slack:T1:C1', text: 'hello gateway' })
      .expect(200);

    const spans = app.get(SpanRecorder);
    spans.expectSpan('pipeline.process', {
      status: 'unset',
      fields: { session_key: 's1', channel_id: 'slack:T1:C1', total_tokens: 4 },
    });
    spans.expectSpan('stage.context_guard', { parent: 'pipeline.process' });
    spans.expectSpan('chat large-model-1', { parent: 'stage.provider_call' });
    await app.close();
    // README example: end
  });

  it('an unknown channel kind leaves pipeline.process unfailed, with an expected_error event', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        TelemetryTestingModule.forRoot({ events: { enabled: false }, logging: { enabled: false } }),
        GatewayModule,
      ],
    }).compile();
    app = await moduleRef.createNestApplication().init();
    await request(app.getHttpServer())
      .post('/v1/messages')
      .send({ session_key: 's2', channel_id: 'irc:x', text: 'hi' })
      .expect(403);
    const span = app.get(SpanRecorder).expectSpan('pipeline.process', { status: 'unset' });
    expect(span.events.map((e) => e.name)).toEqual(['expected_error']);
    app.get(SpanRecorder).expectSpan('stage.auth_resolve', { status: 'unset' });
  });
});
