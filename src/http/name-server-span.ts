import { context } from '@opentelemetry/api';
import { getRPCMetadata, type RPCMetadata, RPCType } from '@opentelemetry/core';

/** `http.route`, the semantic-convention attribute of the matched route template. */
const ATTR_HTTP_ROUTE = 'http.route';

/**
 * Sets the route template on the HTTP server span and renames it `GET /users/:id`. The span is the
 * one the server instrumentation stored in the context (RPCMetadata, by default the active
 * context's), never another active span; setting `route` there also makes instrumentation-http
 * use it when it ends the span.
 */
export function nameServerSpan(
  method: string | undefined,
  route: string,
  rpc: RPCMetadata | undefined = getRPCMetadata(context.active()),
): void {
  if (rpc?.type === RPCType.HTTP) rpc.route = route;
  const span = rpc?.span;
  if (!span || !span.isRecording()) return;
  span.setAttribute(ATTR_HTTP_ROUTE, route);
  if (method) span.updateName(`${method} ${route}`);
}
