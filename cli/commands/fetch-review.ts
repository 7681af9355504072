import { CliError } from '../command.ts';

/** What to ask the backend for. */
export interface ReviewRequest {
  /** The backend's address, e.g. `http://127.0.0.1:8787`. */
  backend: string;
  token: string;
  org: string;
  /** ISO week; the backend's current week when left out. */
  week?: string | undefined;
  format: 'markdown' | 'html';
}

/** Longest wait for the backend's answer: a review takes well under a second to make. */
export const REVIEW_TIMEOUT_MS = 60_000;

/** Codes the backend answers that the user can act on, passed on as they are. */
const PASSED_ON = new Set(['invalid_token', 'wrong_org', 'unknown_org', 'invalid_week']);

/**
 * Fetches an organisation's weekly review, rendered, from a running backend. Every failure is a
 * `CliError` with one line saying what to do: the backend not running, a token refused, an
 * organisation that is not there or not the token's.
 */
export async function fetchReview(request: ReviewRequest): Promise<string> {
  // Relative to the address as given, so that a backend behind a proxy's path prefix is reached.
  const base = request.backend.endsWith('/') ? request.backend : `${request.backend}/`;
  const url = new URL(`v1/orgs/${encodeURIComponent(request.org)}/review`, base);
  url.searchParams.set('format', request.format);
  if (request.week) url.searchParams.set('week', request.week);

  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${request.token}` },
      signal: AbortSignal.timeout(REVIEW_TIMEOUT_MS),
    });
  } catch (error) {
    throw unreachable(request.backend, error);
  }
  const text = await response.text();
  if (response.ok) return text;
  throw refusal(response.status, text, request.backend);
}

function unreachable(backend: string, error: unknown): CliError {
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  const why =
    (error as Error).name === 'TimeoutError'
      ? `no answer within ${REVIEW_TIMEOUT_MS / 1000} s`
      : (cause ?? (error as Error).message);
  return new CliError(
    'backend_unreachable',
    `cannot reach the backend at ${backend} (${why}): start it with "npm run backend", or give ` +
      'its address with --backend URL or PATHLIGHT_BACKEND_URL',
  );
}

function refusal(status: number, body: string, backend: string): CliError {
  let error: { code?: unknown; message?: unknown } | undefined;
  try {
    error = (JSON.parse(body) as { error?: typeof error }).error;
  } catch {
    // Not our JSON: something else answers at that address.
  }
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') {
    return new CliError(
      'backend_error',
      `${backend} answered HTTP ${status}, not as a Pathlight backend: check --backend`,
    );
  }
  if (error.code === 'missing_token' || error.code === 'invalid_token') {
    return new CliError(
      'invalid_token',
      `the backend refused the token: give a read token that may read the organisation ` +
        'with --token or PATHLIGHT_TOKEN',
    );
  }
  if (PASSED_ON.has(error.code)) {
    // The backend speaks of the URL; here the organisation came from --org.
    const message = error.message.replace('the organisation id in the URL', '--org');
    return new CliError(error.code, lowerFirst(message));
  }
  return new CliError('backend_error', `the backend answered HTTP ${status}: ${error.message}`);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
