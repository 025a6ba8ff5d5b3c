import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { BackoffSpanExporter } from './backoff-span-exporter';
import { ExportBackoff } from './export-backoff';

/** An exporter that answers with the next scripted result and records when it was called. */
class ScriptedExporter implements SpanExporter {
  calls: number[] = [];
  constructor(private readonly results: (ExportResultCode | 'throw')[]) {}
  export(_spans: ReadableSpan[], done: (r: ExportResult) => void): void {
    this.calls.push(Date.now());
    const code = this.results.shift() ?? ExportResultCode.SUCCESS;
    if (code === 'throw') throw new Error('exporter threw');
    done({ code });
  }
  async shutdown(): Promise<void> {}
}

const exportOnce = (exporter: SpanExporter) =>
  new Promise<ExportResult>((resolve) => exporter.export([], resolve));

describe('BackoffSpanExporter', () => {
  it('holds the export after a failure for the backoff, then sends', async () => {
    const inner = new ScriptedExporter([ExportResultCode.FAILED, ExportResultCode.SUCCESS]);
    const exporter = new BackoffSpanExporter(inner, new ExportBackoff(150, 1000));
    expect((await exportOnce(exporter)).code).toBe(ExportResultCode.FAILED);
    const started = Date.now();
    expect((await exportOnce(exporter)).code).toBe(ExportResultCode.SUCCESS);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const afterSuccess = Date.now();
    await exportOnce(exporter);
    expect(Date.now() - afterSuccess).toBeLessThan(100);
  });

  it('sends held exports at once on hurry() (shutdown does not wait a backoff out)', async () => {
    const inner = new ScriptedExporter([ExportResultCode.FAILED]);
    const exporter = new BackoffSpanExporter(inner, new ExportBackoff(60_000, 60_000));
    await exportOnce(exporter);
    const held = exportOnce(exporter);
    await new Promise((r) => setTimeout(r, 20));
    expect(inner.calls).toHaveLength(1);
    exporter.hurry();
    expect((await held).code).toBe(ExportResultCode.SUCCESS);
    expect(inner.calls).toHaveLength(2);
  });

  it('turns an exporter that throws into a failed result', async () => {
    const exporter = new BackoffSpanExporter(new ScriptedExporter(['throw']), new ExportBackoff());
    const result = await exportOnce(exporter);
    expect(result.code).toBe(ExportResultCode.FAILED);
    expect(result.error?.message).toBe('exporter threw');
  });
});
