import 'reflect-metadata';
import type { IncomingMessage } from 'node:http';
import { isTelemetryEndpointRequest } from '../../src';
import { createTelemetryTestApp, type TelemetryTestApp } from '../support/telemetry-test-app';

const req = (url: string) => ({ url }) as IncomingMessage;

describe('isTelemetryEndpointRequest (for instrumentation-http ignoreIncomingRequestHook)', () => {
  let t: TelemetryTestApp | undefined;
  afterEach(async () => {
    await t?.app.close();
    t = undefined;
  });

  it('matches the running module’s health and metrics paths, as configured', async () => {
    t = await createTelemetryTestApp({
      options: { health: { path: '/status' }, metrics: { prometheus: { path: '/prom' } } },
    });
    for (const url of ['/status', '/status/live', '/status/ready?probe=1', '/prom'])
      expect({ url, ignored: isTelemetryEndpointRequest(req(url)) }).toEqual({
        url,
        ignored: true,
      });
    for (const url of ['/health', '/metrics', '/users/status', '/status/other', '/'])
      expect({ url, ignored: isTelemetryEndpointRequest(req(url)) }).toEqual({
        url,
        ignored: false,
      });
  });

  it('matches nothing when no module runs', () => {
    expect(isTelemetryEndpointRequest(req('/health'))).toBe(false);
  });
});
