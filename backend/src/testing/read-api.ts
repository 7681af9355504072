import type { Hono } from 'hono';

import type { ApiError } from '../../../core/sync/index.ts';
import type { AppEnv } from '../http/app-env.ts';
import { NORTH_PARTNER } from './fixtures.ts';

/** GETs `path` from `app` with a read token (the north partner's by default) in the header. */
export async function readApi(
  app: Hono<AppEnv>,
  path: string,
  token: string = NORTH_PARTNER.readToken,
): Promise<Response> {
  return app.request(path, { headers: { authorization: `Bearer ${token}` } });
}

/** GETs `path` and parses the JSON answer, failing on any status but 200. */
export async function readJson<T>(
  app: Hono<AppEnv>,
  path: string,
  token: string = NORTH_PARTNER.readToken,
): Promise<T> {
  const response = await readApi(app, path, token);
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/** The status and error of a refused request. */
export async function refusalOf(
  response: Response,
): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as ApiError;
  return { status: response.status, code: body.error.code, message: body.error.message };
}
