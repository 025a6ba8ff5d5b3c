import { type DynamicModule, Module } from '@nestjs/common';
import type { TelemetryModuleOptions } from '../config/options/telemetry-module-options';
import { TelemetryModule } from '../telemetry.module';
import { EventRecorder } from './event-recorder';
import { SpanRecorder } from './span-recorder';

/**
 * TelemetryModule for tests: spans go to an in-memory `SpanRecorder` and business events to an
 * in-memory `EventRecorder` (both injectable) instead of exporters, and OTLP metric export is
 * off, so nothing touches the network; everything else is the real module with your options.
 *
 * @example
 * const moduleRef = await Test.createTestingModule({
 *   imports: [TelemetryTestingModule.forRoot()],
 *   controllers: [ChatController],
 * }).compile();
 * const app = await moduleRef.createNestApplication().init();
 * await request(app.getHttpServer()).post('/chat').expect(201);
 * app.get(SpanRecorder).expectSpan('chat gpt-4o', { parent: 'ChatController.chat', status: 'unset' });
 */
@Module({})
export class TelemetryTestingModule {
  static forRoot(
    options: TelemetryModuleOptions = {},
    recorder: SpanRecorder = new SpanRecorder(),
    events: EventRecorder = new EventRecorder(),
  ): DynamicModule {
    const traces = options.traces ?? {};
    return {
      module: TelemetryTestingModule,
      global: true,
      imports: [
        TelemetryModule.forRoot({
          serviceName: 'test',
          ...options,
          metrics: { otlpEnabled: false, ...options.metrics },
          events: {
            exporters: [events],
            ...options.events,
            batch: { scheduledDelayMs: 10, ...options.events?.batch },
          },
          traces: {
            ...traces,
            exporter: 'none',
            spanProcessors: [...(traces.spanProcessors ?? []), recorder.processor],
          },
        }),
      ],
      providers: [
        { provide: SpanRecorder, useValue: recorder },
        { provide: EventRecorder, useValue: events },
      ],
      exports: [SpanRecorder, EventRecorder],
    };
  }
}
