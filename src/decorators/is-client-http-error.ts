import { HttpException } from '@nestjs/common';

/**
 * For `expectedErrors`: a Nest `HttpException` with a 4xx status (bad input, not found,
 * forbidden) is the caller's mistake, not a failure of the traced operation.
 *
 * @example
 * @Instrument({ expectedErrors: isClientHttpError })
 */
export function isClientHttpError(error: unknown): boolean {
  if (!(error instanceof HttpException)) return false;
  const status = error.getStatus();
  return status >= 400 && status < 500;
}
