import type { IncomingMessage } from 'node:http';
import {
  ATTR_CLIENT_ADDRESS,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_METHOD_ORIGINAL,
  ATTR_NETWORK_PEER_ADDRESS,
  ATTR_NETWORK_PEER_PORT,
  ATTR_NETWORK_PROTOCOL_VERSION,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_PATH,
  ATTR_URL_QUERY,
  ATTR_URL_SCHEME,
  ATTR_USER_AGENT_ORIGINAL,
} from '@opentelemetry/semantic-conventions';
import { incomingRequestAttributes } from './incoming-request-attributes';

/** The fields of a Node request the attributes are read from. */
function request(fields: Partial<IncomingMessage>): IncomingMessage {
  return {
    method: 'GET',
    url: '/',
    httpVersion: '1.1',
    headers: {},
    socket: { remoteAddress: '127.0.0.1', remotePort: 50123 },
    ...fields,
  } as IncomingMessage;
}

describe('incomingRequestAttributes', () => {
  it('names every attribute as the semantic-conventions package does', () => {
    const req = request({
      method: 'PURGE',
      url: '/users/42?page=2',
      headers: { host: 'api.example.com:8443', 'user-agent': 'curl/8.5.0' },
    });
    expect(incomingRequestAttributes(req, 'https')).toEqual({
      [ATTR_HTTP_REQUEST_METHOD]: '_OTHER',
      [ATTR_HTTP_REQUEST_METHOD_ORIGINAL]: 'PURGE',
      [ATTR_URL_SCHEME]: 'https',
      [ATTR_URL_PATH]: '/users/42',
      [ATTR_URL_QUERY]: 'page=2',
      [ATTR_NETWORK_PROTOCOL_VERSION]: '1.1',
      [ATTR_NETWORK_PEER_ADDRESS]: '127.0.0.1',
      [ATTR_NETWORK_PEER_PORT]: 50123,
      [ATTR_SERVER_ADDRESS]: 'api.example.com',
      [ATTR_SERVER_PORT]: 8443,
      [ATTR_CLIENT_ADDRESS]: '127.0.0.1',
      [ATTR_USER_AGENT_ORIGINAL]: 'curl/8.5.0',
    });
  });

  it('leaves out what the request does not carry', () => {
    const attributes = incomingRequestAttributes(request({ url: '/health?' }), 'http');
    expect(attributes[ATTR_URL_PATH]).toBe('/health');
    for (const absent of [
      ATTR_URL_QUERY,
      ATTR_HTTP_REQUEST_METHOD_ORIGINAL,
      ATTR_SERVER_ADDRESS,
      ATTR_USER_AGENT_ORIGINAL,
    ]) {
      expect(attributes).not.toHaveProperty([absent]);
    }
  });
});
