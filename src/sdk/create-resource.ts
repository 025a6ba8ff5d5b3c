import { defaultResource, resourceFromAttributes, type Resource } from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';

/** `deployment.environment.name` (incubating in the semantic conventions, so spelled here). */
export const ATTR_DEPLOYMENT_ENVIRONMENT_NAME = 'deployment.environment.name';

/**
 * The resource shared by spans, metrics and events: the SDK's defaults (telemetry.sdk.*), extra
 * attributes, then the service identity, which wins.
 */
export function createResource(config: ResolvedTelemetryConfig): Resource {
  return defaultResource().merge(
    resourceFromAttributes({
      ...config.resourceAttributes,
      [ATTR_SERVICE_NAME]: config.serviceName,
      ...(config.serviceVersion ? { [ATTR_SERVICE_VERSION]: config.serviceVersion } : {}),
      [ATTR_DEPLOYMENT_ENVIRONMENT_NAME]: config.environment,
    }),
  );
}
