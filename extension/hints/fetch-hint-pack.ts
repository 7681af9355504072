import { hintPackSchema, type HintPack } from '../../core/hints/pack.ts';
import type { Config } from '../config/schema.ts';

/**
 * Fetches the organisation's hint pack: `GET {backendUrl}/v1/hints` with the ingest token. The
 * answer is checked against the pack schema before anything uses it; every failure has a code.
 */

/** Longest wait for the backend; a pack a day is not worth holding a worker up. */
export const FETCH_PACK_TIMEOUT_MS = 20_000;

/** The pack, or why there is none. */
export type FetchPackResult =
  | { ok: true; pack: HintPack }
  | {
      ok: false;
      code:
        | 'hints_not_configured'
        | 'hint_pack_unreachable'
        | 'hint_pack_refused'
        | 'hint_pack_not_json'
        | 'hint_pack_invalid';
      message: string;
    };

/** How the pack is fetched. */
export interface FetchPackOptions {
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Default `FETCH_PACK_TIMEOUT_MS`. */
  timeoutMs?: number;
}

/** Asks the backend for the organisation's pack; never throws. */
export async function fetchHintPack(
  config: Pick<Config, 'backendUrl' | 'ingestToken'>,
  options: FetchPackOptions = {},
): Promise<FetchPackResult> {
  const { backendUrl, ingestToken } = config;
  if (!backendUrl || !ingestToken) {
    return {
      ok: false,
      code: 'hints_not_configured',
      message: 'no hint pack without backendUrl and ingestToken in the settings',
    };
  }

  const url = new URL('/v1/hints', backendUrl);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      headers: { authorization: `Bearer ${ingestToken}`, accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? FETCH_PACK_TIMEOUT_MS),
    });
  } catch (error) {
    return {
      ok: false,
      code: 'hint_pack_unreachable',
      message: `${url.origin} did not answer (${String(error)}): check backendUrl and the network`,
    };
  }

  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    const code = body?.error?.code ? ` (${body.error.code})` : '';
    return {
      ok: false,
      code: 'hint_pack_refused',
      message: `${url.href} answered HTTP ${response.status}${code}: check ingestToken`,
    };
  }

  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return { ok: false, code: 'hint_pack_not_json', message: `${url.href} did not answer JSON` };
  }
  const parsed = hintPackSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      code: 'hint_pack_invalid',
      message: `${url.href} answered a pack that is not valid${where}: ${issue?.message ?? ''}`,
    };
  }
  return { ok: true, pack: parsed.data };
}
