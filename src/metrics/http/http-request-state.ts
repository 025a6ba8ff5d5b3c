import { HTTP_REQUEST_STATE } from '../metrics.constants';

/** What the HTTP metrics know about one request, kept on the raw Node request. */
export interface HttpRequestState {
  /** performance.now() when the request arrived (ms; a double, no BigInt to allocate). */
  readonly start: number;
  /** Route template, once a handler (or the router) matched. */
  route?: string;
  /** Left out of the metrics (the /metrics endpoint itself). */
  skip?: boolean;
}

type WithState = { [HTTP_REQUEST_STATE]?: HttpRequestState };

/** The state of a raw request, if the tracker saw it. */
export function getRequestState(raw: object): HttpRequestState | undefined {
  return (raw as WithState)[HTTP_REQUEST_STATE];
}

/** Starts tracking a raw request. */
export function startRequestState(raw: object): HttpRequestState {
  const state: HttpRequestState = { start: performance.now() };
  (raw as WithState)[HTTP_REQUEST_STATE] = state;
  return state;
}

/** Leaves a request out of the HTTP metrics. */
export function markSkipped(raw: object): void {
  const state = getRequestState(raw);
  if (state) state.skip = true;
  else (raw as WithState)[HTTP_REQUEST_STATE] = { start: 0, skip: true };
}
