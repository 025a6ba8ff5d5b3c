import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Histogram, register } from 'prom-client';
import { finalize, type Observable } from 'rxjs';

const duration = new Histogram({
  name: 'http_server_request_duration_seconds',
  help: 'Duration of HTTP requests.',
  labelNames: ['method', 'route', 'status_code'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [register],
});

/** The peers' usual RED metrics: a global interceptor observing a prom-client histogram. */
@Injectable()
export class HistogramInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const start = process.hrtime.bigint();
    const http = context.switchToHttp();
    const req = http.getRequest<{ method: string; route?: { path: string } }>();
    const res = http.getResponse<{ statusCode: number }>();
    return next.handle().pipe(
      finalize(() => {
        const labels = {
          method: req.method,
          route: req.route?.path ?? 'unknown',
          status_code: res.statusCode,
        };
        duration.observe(labels, Number(process.hrtime.bigint() - start) / 1e9);
      }),
    );
  }
}
