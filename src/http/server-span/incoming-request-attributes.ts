import type { IncomingMessage } from 'node:http';
import type { Attributes } from '@opentelemetry/api';
import {
  ATTR_CLIENT_ADDRESS,
  ATTR_HTTP_REQUEST_METHOD_ORIGINAL,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_QUERY,
  ATTR_USER_AGENT_ORIGINAL,
} from '@opentelemetry/semantic-conventions';
import { forwardedParameter, withoutPort } from './forwarded-header';
import { type HostAndPort, parseHostHeader } from './host-header';
import { normalizeMethod } from '../known-methods';
import { redactQuery } from './redact-query';

// Read once: the semconv package's CommonJS exports are getters, a call on every read.
const URL_QUERY = ATTR_URL_QUERY;
const HTTP_REQUEST_METHOD_ORIGINAL = ATTR_HTTP_REQUEST_METHOD_ORIGINAL;
const SERVER_ADDRESS = ATTR_SERVER_ADDRESS;
const SERVER_PORT = ATTR_SERVER_PORT;
const CLIENT_ADDRESS = ATTR_CLIENT_ADDRESS;
const USER_AGENT_ORIGINAL = ATTR_USER_AGENT_ORIGINAL;

/**
 * The stable HTTP semantic-convention attributes of a server span known when the request
 * arrives: method, `url.*`, `server.*` (from `Forwarded`, `X-Forwarded-Host`, else `Host`),
 * `client.address` (from `Forwarded`, `X-Forwarded-For`, else the socket), the peer socket,
 * the protocol version and the user agent. The same set instrumentation-http sets, read with
 * string scans instead of a URL parse.
 */
export function incomingRequestAttributes(req: IncomingMessage, scheme: string): Attributes {
  const method = req.method ?? 'GET';
  const normalized = normalizeMethod(method);
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  const { headers, socket } = req;
  // Literal keys (the semconv names, checked against the constants in the spec): V8 builds such
  // a literal from one template; computed keys cost a keyed store each, on every request.
  const attributes: Attributes = {
    'http.request.method': normalized,
    'url.scheme': scheme,
    'url.path': query === -1 ? url : url.slice(0, query),
    'network.protocol.version': req.httpVersion,
    'network.peer.address': socket?.remoteAddress,
    'network.peer.port': socket?.remotePort,
  };
  if (query !== -1 && query < url.length - 1)
    attributes[URL_QUERY] = redactQuery(url.slice(query + 1));
  if (normalized !== method) attributes[HTTP_REQUEST_METHOD_ORIGINAL] = method;
  const server = serverAddressOf(req);
  if (server) {
    attributes[SERVER_ADDRESS] = server.host;
    if (server.port !== undefined) attributes[SERVER_PORT] = server.port;
  }
  const client = clientAddressOf(req);
  if (client) attributes[CLIENT_ADDRESS] = client;
  const userAgent = headers['user-agent'];
  if (userAgent) attributes[USER_AGENT_ORIGINAL] = userAgent;
  return attributes;
}

function serverAddressOf(req: IncomingMessage): HostAndPort | undefined {
  const { headers } = req;
  const forwarded = headers.forwarded && forwardedParameter(headers.forwarded, 'host');
  if (forwarded) return parseHostHeader(forwarded);
  const forwardedHost = first(headers['x-forwarded-host']);
  if (forwardedHost) return parseHostHeader(forwardedHost);
  return headers.host ? parseHostHeader(headers.host) : undefined;
}

function clientAddressOf(req: IncomingMessage): string | undefined {
  const { headers } = req;
  const forwarded = headers.forwarded && forwardedParameter(headers.forwarded, 'for');
  if (forwarded) return withoutPort(forwarded);
  const forwardedFor = first(headers['x-forwarded-for']);
  if (forwardedFor) {
    const comma = forwardedFor.indexOf(',');
    return withoutPort((comma === -1 ? forwardedFor : forwardedFor.slice(0, comma)).trim());
  }
  return req.socket?.remoteAddress;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
