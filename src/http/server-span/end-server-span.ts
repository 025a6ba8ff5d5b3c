import type { ServerResponse } from 'node:http';
import { type Span, SpanStatusCode } from '@opentelemetry/api';
import type { RPCMetadata } from '@opentelemetry/core';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
} from '@opentelemetry/semantic-conventions';

/**
 * Ends a server span when its response closes: `http.response.status_code`, status ERROR with
 * `error.type` the status code for 5xx (a 4xx is the client's error, not the server's), and the
 * route template that the framework stored in the request's RPC metadata (as instrumentation-http
 * does, so a route set by another instrumentation names the span too).
 */
export function endServerSpan(
  span: Span,
  res: ServerResponse,
  rpc: RPCMetadata,
  method: string,
): void {
  const status = res.statusCode;
  span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
  if (status >= 500) {
    span.setAttribute(ATTR_ERROR_TYPE, String(status));
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  if (rpc.route !== undefined) {
    span.setAttribute(ATTR_HTTP_ROUTE, rpc.route);
    span.updateName(`${method} ${rpc.route}`);
  }
  span.end();
}
