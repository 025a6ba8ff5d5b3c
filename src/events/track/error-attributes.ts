/** `error.type`, `error.message` (and `error.stack` when asked) of a thrown value; never throws. */
export function errorAttributes(error: unknown, includeStack: boolean): Record<string, unknown> {
  try {
    if (typeof error !== 'object' || error === null) {
      return { 'error.type': typeof error, 'error.message': String(error) };
    }
    const e = error as { name?: unknown; message?: unknown; stack?: unknown };
    const type = typeof e.name === 'string' && e.name ? e.name : error.constructor?.name;
    const out: Record<string, unknown> = {
      'error.type': type || 'Error',
      'error.message': typeof e.message === 'string' ? e.message : '',
    };
    if (includeStack && typeof e.stack === 'string') out['error.stack'] = e.stack;
    return out;
  } catch {
    return { 'error.type': 'unknown', 'error.message': '[Unreadable]' };
  }
}
