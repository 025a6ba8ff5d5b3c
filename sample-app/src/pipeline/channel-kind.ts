/** Channel kinds the gateway serves; a channel_id is `<kind>:<rest>`, e.g. `slack:T0123:C0456`. */
export const CHANNEL_KINDS = ['slack', 'discord', 'telegram', 'web', 'api'] as const;

export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * The kind part of a channel_id, or undefined for an unknown kind. Metrics are labelled by kind,
 * never by channel_id: a label must have few values (see the README's FAQ on cardinality).
 */
export function channelKind(channelId: string): ChannelKind | undefined {
  const kind = channelId.split(':', 1)[0];
  return (CHANNEL_KINDS as readonly string[]).includes(kind) ? (kind as ChannelKind) : undefined;
}
