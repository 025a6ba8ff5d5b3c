/**
 * One parameter (`for`, `host`, `proto`) of the first element of a `Forwarded` header
 * (RFC 7239), e.g. `for=192.0.2.60;proto=https, for=198.51.100.17`: the element the outermost
 * proxy added, which is the one about the client. Quotes are removed; names are case-insensitive.
 */
export function forwardedParameter(header: string, name: string): string | undefined {
  const comma = header.indexOf(',');
  const first = comma === -1 ? header : header.slice(0, comma);
  for (const pair of first.split(';')) {
    const eq = pair.indexOf('=');
    if (eq === -1 || pair.slice(0, eq).trim().toLowerCase() !== name) continue;
    const value = pair.slice(eq + 1).trim();
    return value.length > 1 && value.startsWith('"') && value.endsWith('"')
      ? value.slice(1, -1)
      : value;
  }
  return undefined;
}

/** `192.0.2.60:47011` → `192.0.2.60`, `[2001:db8::1]:4711` → `2001:db8::1`. */
export function withoutPort(address: string): string {
  if (address.startsWith('[')) {
    const end = address.indexOf(']');
    return end === -1 ? address : address.slice(1, end);
  }
  const colon = address.indexOf(':');
  // More than one colon is a bare IPv6 address, which has no port.
  return colon !== -1 && address.indexOf(':', colon + 1) === -1 ? address.slice(0, colon) : address;
}
