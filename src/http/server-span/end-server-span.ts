import type { ServerResponse } from 'node:http';
import { type Span, SpanStatusCode } from '@opentelemetry/api';
import type { RPCMetadata } from '@opentelemetry/core';
import { ATTR_HTTP_RESPONSE_STATUS_CODE } from '@opentelemetry/semantic-conventions';
import { ERROR_TYPE } from '../../tracing/span-attributes';
import { settleServerSpanRoute } from './own-server-span';

// Read once: the semconv package's CommonJS exports are getters, a call on every read.
const STATUS_CODE = ATTR_HTTP_RESPONSE_STATUS_CODE;

/**
 * Ends a server span when its response closes: `http.response.status_code`, status ERROR with
 * `error.type` the status code for 5xx (a 4xx is the client's error, not the server's), and the
 * route template, if not named yet: the one stored in the request's RPC metadata (by another
 * instrumentation, or by the module on Fastify, as instrumentation-http reads it), else the route
 * Express matched. Reading the route once the response is done costs the request nothing before.
 */
export function endServerSpan(span: Span, res: ServerResponse, rpc: RPCMetadata): void {
  const status = res.statusCode;
  span.setAttribute(STATUS_CODE, status);
  if (status >= 500) {
    span.setAttribute(ERROR_TYPE, String(status));
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  settleServerSpanRoute(rpc, true);
  span.end();
}
