/** A host and an optional port, as a Host header or a `Forwarded: host=` gives them. */
export interface HostAndPort {
  readonly host: string;
  readonly port?: number;
}

/**
 * Splits `example.com:8080`, `[::1]:3000` or `example.com` into host and port, without a URL
 * parse (which costs microseconds on every request). A port that is not a number is left out.
 */
export function parseHostHeader(value: string): HostAndPort | undefined {
  if (value === '') return undefined;
  const bracket = value.charCodeAt(0) === 91; // '[': an IPv6 literal
  const colon = bracket ? value.indexOf(':', value.indexOf(']')) : value.lastIndexOf(':');
  if (colon === -1) return { host: value };
  const port = Number(value.slice(colon + 1));
  const host = value.slice(0, colon);
  return Number.isInteger(port) && port > 0 && port < 65536 ? { host, port } : { host };
}
