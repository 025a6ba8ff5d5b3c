import type { HttpResult } from '../http/run-http';
import type { RssResult } from '../memory/events-rss';
import type { RenderResult } from '../metrics/render-metrics';
import type { SuiteResult } from '../micro/run-micro-suite';

/** Everything one run measured; written as JSON to bench/results/. */
export interface BenchResults {
  readonly startedAt: string;
  readonly durationSeconds?: number;
  readonly quick: boolean;
  readonly environment: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly loadAverage: number[];
    readonly commit: string;
  };
  micro?: SuiteResult[];
  metricsRender?: RenderResult[];
  eventsRss?: RssResult;
  http?: HttpResult;
  errors: { section: string; message: string }[];
}
