/** A host and an optional port, as a Host header or a `Forwarded: host=` gives them. */
export interface HostAndPort {
  readonly host: string;
  readonly port?: number;
}

/**
 * Splits `example.com:8080`, `[::1]:3000` or `example.com` into host (IPv6 without brackets) and
 * port, without a URL parse (which costs microseconds on every request). A port that is not a
 * number is left out.
 */
export function parseHostHeader(value: string): HostAndPort | undefined {
  if (value === '') return undefined;
  const close = value.charCodeAt(0) === 91 ? value.indexOf(']') : -1; // '[': an IPv6 literal
  const colon = close === -1 ? value.lastIndexOf(':') : value.indexOf(':', close);
  const host =
    close === -1 ? value.slice(0, colon === -1 ? value.length : colon) : value.slice(1, close);
  if (colon === -1) return { host };
  const port = Number(value.slice(colon + 1));
  return Number.isInteger(port) && port > 0 && port < 65536 ? { host, port } : { host };
}
