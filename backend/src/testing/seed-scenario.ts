import { createHash } from 'node:crypto';

import type { Hono } from 'hono';

import type { Intervention } from '../../../core/analysis/index.ts';
import type { AttemptRow, IngestBatch, SessionRow } from '../../../core/sync/index.ts';
import type { Scenario } from '../../../e2e/scenario/index.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { InterventionList } from '../interventions/index.ts';

/**
 * Posts a generated organisation's history to a backend the way its extensions and its partner
 * would: session rows and attempts through `POST /v1/ingest` in batches no bigger than an
 * extension sends, then the interventions through `POST /v1/orgs/:org/interventions`. Works on a
 * running backend (by URL) and on an app in the same process (tests), and may be run again:
 * batch ids are derived from the rows, and interventions already recorded are skipped.
 */

/** Most attempts per batch: what one extension batch carries. */
export const ATTEMPTS_PER_BATCH = 1_000;

/** Most session rows per batch: the sync contract's limit. */
export const SESSIONS_PER_BATCH = 5_000;

/** Where to post: a running backend, or an app in this process. */
export type SeedTarget =
  | {
      /** The backend's address, e.g. `http://127.0.0.1:8787`. */
      backendUrl: string;
      app?: never;
    }
  | {
      /** The backend's app, as `createApp` returns it. */
      app: Hono<AppEnv>;
      backendUrl?: never;
    };

/** How far seeding has got, after each batch and each intervention. */
export interface SeedProgress {
  stage: 'batches' | 'interventions';
  done: number;
  total: number;
}

export type SeedOptions = SeedTarget & {
  /** The organisation's id. */
  org: string;
  /** Its ingest token, for the batches. */
  ingestToken: string;
  /** A read token that may read it (its own or its partner's), for the interventions. */
  readToken: string;
  /** Most attempts per batch. Default `ATTEMPTS_PER_BATCH`. */
  attemptsPerBatch?: number;
  /** Hears progress after each batch and each intervention. Default: nothing. */
  onProgress?: (progress: SeedProgress) => void;
};

/** What was sent. */
export interface SeedReport {
  batches: number;
  /** Session rows and attempts sent (a row the backend already held is not stored twice). */
  sessions: number;
  attempts: number;
  /** Interventions recorded now; those already recorded are not counted. */
  interventions: number;
}

/** Posts `scenario`'s rows and interventions to the organisation `options.org`. */
export async function seedScenario(scenario: Scenario, options: SeedOptions): Promise<SeedReport> {
  const send = sender(options);
  const batches = batchesOf(scenario, options.org, options.attemptsPerBatch ?? ATTEMPTS_PER_BATCH);

  for (const [index, batch] of batches.entries()) {
    await send('POST', '/v1/ingest', options.ingestToken, batch, 202);
    options.onProgress?.({ stage: 'batches', done: index + 1, total: batches.length });
  }

  const interventionsPath = `/v1/orgs/${encodeURIComponent(options.org)}/interventions`;
  const known = (await send('GET', interventionsPath, options.readToken, undefined, 200)) as
    InterventionList | undefined;
  const recorded = known?.interventions.map((item) => item.intervention) ?? [];
  const missing = scenario.interventions.filter(
    (wanted) => !recorded.some((done) => sameIntervention(done, wanted)),
  );
  for (const [index, intervention] of missing.entries()) {
    await send('POST', interventionsPath, options.readToken, withoutId(intervention), 201);
    options.onProgress?.({ stage: 'interventions', done: index + 1, total: missing.length });
  }

  return {
    batches: batches.length,
    sessions: scenario.sessions.length,
    attempts: scenario.attempts.length,
    interventions: missing.length,
  };
}

/**
 * The rows in day order, `attemptsPerBatch` attempts a batch, each with the session rows of the
 * days it reaches; the last batch takes whatever sessions are left.
 */
export function batchesOf(
  scenario: Pick<Scenario, 'sessions' | 'attempts'>,
  org: string,
  attemptsPerBatch: number,
): IngestBatch[] {
  const attempts = [...scenario.attempts].sort(byDay);
  const sessions = [...scenario.sessions].sort(byDay);
  const batches: IngestBatch[] = [];
  let nextSession = 0;

  for (let start = 0; start < attempts.length || nextSession < sessions.length;) {
    const chunk = attempts.slice(start, start + attemptsPerBatch);
    start += chunk.length;
    const lastDay = start < attempts.length ? chunk.at(-1)?.day : undefined;
    const taken: SessionRow[] = [];
    while (
      nextSession < sessions.length &&
      taken.length < SESSIONS_PER_BATCH &&
      (lastDay === undefined || sessions[nextSession]!.day <= lastDay)
    ) {
      taken.push(sessions[nextSession]!);
      nextSession += 1;
    }
    batches.push({
      batchId: derivedUuid(`${org}\n${batches.length}\n${chunk[0]?.attempt ?? taken[0]?.session}`),
      client: 'pathlight-seed/1.0.0',
      rows: [],
      sessions: taken,
      attempts: chunk,
    });
  }
  return batches;
}

type Send = (
  method: 'GET' | 'POST',
  path: string,
  token: string,
  body: unknown,
  expected: number,
) => Promise<unknown>;

function sender(target: SeedTarget): Send {
  return async (method, path, token, body, expected) => {
    const init: RequestInit = {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    };
    let response: Response;
    if (target.app) {
      response = await target.app.request(path, init);
    } else {
      const url = `${target.backendUrl.replace(/\/+$/, '')}${path}`;
      response = await fetch(url, init).catch((error: unknown) => {
        throw new Error(`cannot reach the backend at ${url}: ${String(error)}`, { cause: error });
      });
    }
    if (response.status !== expected) {
      throw new Error(
        `${method} ${path} answered ${response.status} instead of ${expected}: ` +
          (await response.text()).slice(0, 500),
      );
    }
    return response.json();
  };
}

/** What the partner posts: the server gives the id. */
function withoutId(intervention: Intervention): Omit<Intervention, 'id'> {
  const fields: Partial<Intervention> = { ...intervention };
  delete fields.id;
  return fields as Omit<Intervention, 'id'>;
}

function sameIntervention(a: Intervention, b: Intervention): boolean {
  return (
    a.day === b.day &&
    a.kind === b.kind &&
    a.path === b.path &&
    a.step === b.step &&
    a.cohort === b.cohort &&
    a.note === b.note
  );
}

function byDay(a: AttemptRow | SessionRow, b: AttemptRow | SessionRow): number {
  return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
}

/** A UUID made from `text`: the same rows always travel under the same batch id. */
function derivedUuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  // Version 4 and the RFC variant, so the id passes every UUID check on the way.
  const shaped = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17, 32)}`;
  return `${shaped.slice(0, 8)}-${shaped.slice(8, 12)}-${shaped.slice(12, 16)}-${shaped.slice(16, 20)}-${shaped.slice(20)}`;
}
