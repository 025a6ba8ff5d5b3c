import { forwardedParameter, withoutPort } from './forwarded-header';
import { parseHostHeader } from './host-header';
import { redactQuery } from './redact-query';

describe('server span header parsing', () => {
  it.each([
    ['example.com', { host: 'example.com' }],
    ['example.com:8080', { host: 'example.com', port: 8080 }],
    ['[::1]:3000', { host: '::1', port: 3000 }],
    ['[2001:db8::1]', { host: '2001:db8::1' }],
    ['example.com:http', { host: 'example.com' }],
    ['example.com:70000', { host: 'example.com' }],
  ])('parses the Host header %s', (header, expected) => {
    expect(parseHostHeader(header)).toEqual(expected);
  });

  it('reads the first Forwarded element, case-insensitively and unquoted', () => {
    const header =
      'For="[2001:db8:cafe::17]:4711";proto=https;host=api.example.com, for=198.51.100.17';
    expect(forwardedParameter(header, 'for')).toBe('[2001:db8:cafe::17]:4711');
    expect(forwardedParameter(header, 'host')).toBe('api.example.com');
    expect(forwardedParameter('proto=https', 'for')).toBeUndefined();
  });

  it.each([
    ['192.0.2.60:47011', '192.0.2.60'],
    ['192.0.2.60', '192.0.2.60'],
    ['[2001:db8::1]:4711', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
  ])('strips the port of %s', (address, expected) => {
    expect(withoutPort(address)).toBe(expected);
  });

  it('redacts signed-URL credentials in the query and leaves other queries as they are', () => {
    expect(redactQuery('page=2&q=a%20b')).toBe('page=2&q=a%20b');
    expect(redactQuery('X-Amz-Signature=abc&X-Amz-Credential=key&page=2')).toBe(
      'X-Amz-Signature=REDACTED&X-Amz-Credential=REDACTED&page=2',
    );
  });
});
