/** Base of the errors a fake provider throws; `code` is what events and spans record. */
export abstract class ProviderError extends Error {
  abstract readonly code: 'rate_limited' | 'unavailable';

  constructor(
    readonly provider: string,
    message: string,
  ) {
    super(message);
  }
}

/** HTTP 429 from the provider: the router falls back to the secondary provider. */
export class RateLimitError extends ProviderError {
  override readonly name = 'RateLimitError';
  readonly code = 'rate_limited' as const;

  constructor(provider: string) {
    super(provider, `${provider}: rate limited (429)`);
  }
}

/** HTTP 503 from the provider: the router falls back as well. */
export class ProviderUnavailableError extends ProviderError {
  override readonly name = 'ProviderUnavailableError';
  readonly code = 'unavailable' as const;

  constructor(provider: string) {
    super(provider, `${provider}: unavailable (503)`);
  }
}
