import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { describeWithBinary } from '../support/prometheus-binaries';
import { pollUntil, PrometheusServer } from '../support/prometheus-server';
import { createEverythingApp } from './fixtures/everything-app';
import { PLATFORMS } from './fixtures/create-app';

describeWithBinary('prometheus').each(PLATFORMS)(
  'a real Prometheus scraping the %s app',
  (platform) => {
    let app: INestApplication;
    let prometheus: PrometheusServer;

    beforeAll(async () => {
      app = await createEverythingApp(platform, true);
      const { port } = app.getHttpServer().address() as { port: number };
      prometheus = await new PrometheusServer().start(`127.0.0.1:${port}`);
    });
    afterAll(async () => {
      await prometheus?.stop();
      await app?.close();
    });

    it('scrapes the target and answers PromQL with our counters and histogram quantiles', async () => {
      await pollUntil(
        () => prometheus.api('/api/v1/targets'),
        (body) => body?.data?.activeTargets?.[0]?.health === 'up',
        30_000,
        () => `target never up\n${prometheus.output}`,
      );
      const requests = await pollUntil(
        () =>
          prometheus.query(
            'sum(http_server_requests_total{http_route="/users/:id",http_response_status_code="200"})',
          ),
        (r) => r.length === 1,
        15_000,
        () => prometheus.output,
      );
      expect(Number(requests[0].value[1])).toBe(60);

      const jobs = await prometheus.query('jobs_processed_total{queue="mail",region="eu"}');
      expect(Number(jobs[0].value[1])).toBe(5);

      // Every observation is 0.3 s in the (0.1, 0.5] bucket: the median interpolates to 0.3.
      const median = await prometheus.query(
        'histogram_quantile(0.5, sum by (le) (job_duration_seconds_bucket))',
      );
      expect(Number(median[0].value[1])).toBeCloseTo(0.3, 5);

      const tokens = await prometheus.query(
        'sum by (gen_ai_token_type) (gen_ai_client_token_usage_sum)',
      );
      const byType = Object.fromEntries(
        tokens.map((t) => [t.metric.gen_ai_token_type, Number(t.value[1])]),
      );
      expect(byType).toEqual({ input: 5000, output: 2500 });
    });
  },
);
