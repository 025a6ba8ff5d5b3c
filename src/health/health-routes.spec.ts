import { resolveTelemetryConfig } from '../config/resolve-telemetry-config';
import { isHealthRoute } from './health-routes';

const config = (health: object) => resolveTelemetryConfig({ health }, { env: {}, cwd: __dirname });

describe('isHealthRoute', () => {
  it('matches the three health endpoints, with a query or a trailing slash', () => {
    const c = config({ path: '/status' });
    for (const url of ['/status', '/status/', '/status/live', '/status/ready?full=1']) {
      expect(isHealthRoute(url, c)).toBe(true);
    }
  });

  it('leaves every other route traced, including look-alikes', () => {
    const c = config({});
    for (const url of ['/users/health', '/healthz', '/health/deep', '/', '/api/users']) {
      expect(isHealthRoute(url, c)).toBe(false);
    }
    expect(isHealthRoute('/health', config({ enabled: false }))).toBe(false);
  });
});
