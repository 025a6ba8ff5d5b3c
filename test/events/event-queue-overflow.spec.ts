import { resolveTelemetryConfig, type EventsOptions } from '../../src';
import { createEventPipeline } from '../../src/events/pipeline/create-event-pipeline';
import { TelemetrySdk } from '../../src/sdk/telemetry-sdk';
import { MemoryEventExporter } from '../support/memory-event-exporter';

function pipelineWith(events: EventsOptions) {
  const config = resolveTelemetryConfig({ traces: { exporter: 'none' }, events });
  const sdk = new TelemetrySdk(config);
  const pipeline = createEventPipeline(sdk, config)!;
  return { sdk, pipeline };
}

describe('event queue bounds', () => {
  it('drops exactly the events past maxQueueSize, counted per exporter and in diagnostics', async () => {
    const a = new MemoryEventExporter('a');
    const b = new MemoryEventExporter('b');
    const { sdk, pipeline } = pipelineWith({
      exporters: [a, b],
      batch: { maxQueueSize: 100, maxExportBatchSize: 50, scheduledDelayMs: 60_000 },
    });
    for (let i = 0; i < 137; i++) pipeline.emit('tick', { i });

    expect(sdk.statuses.get('a').snapshot().dropped).toEqual({ queue_full: 37 });
    expect(sdk.statuses.get('b').snapshot().dropped).toEqual({ queue_full: 37 });
    expect(sdk.diagnostics.snapshot()).toEqual({ event_dropped_queue_full: 37 });
    expect(sdk.statuses.get('a').snapshot().queue).toEqual({ size: 100, capacity: 100 });

    await pipeline.shutdown();
    expect(a.events.map((e) => e.attributes.i)).toEqual([...Array(100).keys()]);
    expect(a.batches.map((batch) => batch.length)).toEqual([50, 50]);
    expect(b.events).toHaveLength(100);
  });

  it('a blocked exporter fills and drops only its own lane; the other lane keeps exporting', async () => {
    const stuck = new MemoryEventExporter('stuck');
    const healthy = new MemoryEventExporter('healthy');
    stuck.block();
    const { sdk, pipeline } = pipelineWith({
      exporters: [stuck, healthy],
      batch: { maxQueueSize: 10, maxExportBatchSize: 10, scheduledDelayMs: 60_000 },
    });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 10; i++) pipeline.emit('tick', { round, i });
      await new Promise((resolve) => setImmediate(resolve)); // the full batch leaves
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(healthy.events).toHaveLength(30);
    expect(stuck.events).toHaveLength(0);
    // The first batch is in flight; the lane (capacity 10) holds nothing more: 20 dropped.
    expect(sdk.statuses.get('stuck').snapshot().dropped).toEqual({ queue_full: 20 });
    expect(sdk.statuses.get('healthy').snapshot().dropped).toEqual({});
    expect(sdk.diagnostics.snapshot()).toEqual({ event_export_dropped_queue_full: 20 });

    stuck.release();
    await pipeline.shutdown();
    expect(stuck.events.map((e) => e.attributes.round)).toEqual(Array(10).fill(0));
  });

  it('counts events emitted after shutdown as dropped, without throwing', async () => {
    const a = new MemoryEventExporter('a');
    const { sdk, pipeline } = pipelineWith({ exporters: [a] });
    await pipeline.shutdown();
    expect(() => pipeline.emit('late')).not.toThrow();
    expect(sdk.statuses.get('a').snapshot().dropped).toEqual({ shutdown: 1 });
  });

  it('abandons an export that misses exportTimeoutMs, aborting its signal', async () => {
    let signal: AbortSignal | undefined;
    const never = {
      name: 'never',
      export: (_events: unknown, s: AbortSignal) => {
        signal = s;
        return new Promise<void>(() => {});
      },
    };
    const { sdk, pipeline } = pipelineWith({
      exporters: [never],
      batch: { exportTimeoutMs: 100, scheduledDelayMs: 60_000 },
    });
    pipeline.emit('stuck', {});
    pipeline.emit('stuck', {});
    await pipeline.forceFlush();
    expect(signal?.aborted).toBe(true);
    expect(sdk.statuses.get('never').snapshot()).toMatchObject({
      failed: 2,
      dropped: { export_timeout: 2 },
    });
    await pipeline.shutdown();
  });
});
