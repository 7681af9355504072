import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';

import { interventionOutcome, weekRange } from '../../../core/analysis/index.ts';
import {
  ALL_DAYS,
  checkCohort,
  interventionsWindow,
  loadAnalysisInput,
} from '../analysis-data/index.ts';
import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import { PATH_IDS, stepsOfPath, weekParam } from '../http/query-params.ts';
import { readJsonBody, requireJsonBody } from '../http/require-json-body.ts';
import { readableOrg, requireReadAccess } from '../http/require-read-access.ts';
import type { Store } from '../store/index.ts';
import { summariseIssues, toIssues, type Issue } from '../zod-issues.ts';
import { deleteIntervention, findIdenticalIntervention } from './find-intervention.ts';
import { insertIntervention } from './insert-intervention.ts';
import {
  newInterventionSchema,
  type InterventionList,
  type InterventionWithOutcome,
} from './interventions-schema.ts';
import type { NewIntervention } from './types.ts';

/** Largest body accepted: an intervention is a few fields and a note of 2,000 characters. */
export const MAX_INTERVENTION_BODY_BYTES = 64 * 1024;

const listQuery = z.object({ week: weekParam.optional() });

/**
 * `GET /v1/orgs/:org/interventions`, each with its before/after, `POST` to record one and
 * `DELETE .../:id` to take one recorded by mistake back. A partner records with the same read
 * token it reads with: an intervention changes no usage figure, it only says what to compare.
 */
export function interventionsRoutes(store: Store): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/orgs/:org/interventions', requireReadAccess(store), async (c) => {
    const parsed = parseQuery(c, listQuery);
    if (!parsed.ok) return apiError(c, parsed.code, parsed.message);
    const org = readableOrg(c);
    const until = parsed.query.week === undefined ? undefined : weekRange(parsed.query.week).to;

    const { input, interventions } = await loadAnalysisInput(store, org, (recorded) =>
      interventionsWindow(recorded, until),
    );
    const list: InterventionList = {
      org,
      until: until ?? null,
      interventions: interventions.map((recorded): InterventionWithOutcome => ({
        ...recorded,
        comparison: interventionOutcome(input, recorded.intervention, until).comparison,
      })),
    };
    return c.json(list);
  });

  app.post(
    '/v1/orgs/:org/interventions',
    requireReadAccess(store),
    requireJsonBody,
    bodyLimit({
      maxSize: MAX_INTERVENTION_BODY_BYTES,
      onError: (c) =>
        apiError(
          c,
          'body_too_large',
          `The body is larger than ${MAX_INTERVENTION_BODY_BYTES} bytes. Shorten the note.`,
        ),
    }),
    async (c) => {
      const body = await readJsonBody(c);
      if (!body.ok) return body.response;

      const parsed = parseNewIntervention(body.json);
      if (!parsed.ok) {
        return apiError(
          c,
          'invalid_body',
          `The intervention is not valid: ${summariseIssues(parsed.issues)}. Fix the fields ` +
            'listed in "issues".',
          parsed.issues,
        );
      }
      const org = readableOrg(c);
      const intervention = parsed.intervention;
      // A cohort the organisation does not have could never be read back: every page and
      // endpoint refuses it as a filter.
      const { input } = await loadAnalysisInput(store, org, () => ALL_DAYS);
      const refusal = checkCohort(input, intervention.cohort);
      if (refusal) {
        return apiError(c, 'invalid_body', `The intervention is not valid: ${refusal.message}.`, [
          { path: 'cohort', message: refusal.message },
        ]);
      }

      const same = await findIdenticalIntervention(store, org.id, intervention);
      if (same) return c.json(same, 200);
      return c.json(await insertIntervention(store, org.id, intervention), 201);
    },
  );

  app.delete('/v1/orgs/:org/interventions/:id', requireReadAccess(store), async (c) => {
    const org = readableOrg(c);
    const id = c.req.param('id');
    if (!(await deleteIntervention(store, org.id, id))) {
      return apiError(
        c,
        'unknown_intervention',
        `Organisation "${org.id}" has no intervention "${id.slice(0, 100)}": GET ` +
          `/v1/orgs/${org.id}/interventions lists them.`,
      );
    }
    return c.body(null, 204);
  });

  return app;
}

type ParsedIntervention =
  { ok: true; intervention: NewIntervention } | { ok: false; issues: Issue[] };

/** The body against the schema, then its path and step against the golden paths shipped. */
function parseNewIntervention(json: unknown): ParsedIntervention {
  const parsed = newInterventionSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };

  const { path, step } = parsed.data;
  if (!PATH_IDS.includes(path)) {
    return {
      ok: false,
      issues: [
        {
          path: 'path',
          message: `"${path}" is not a golden path: use one of ${PATH_IDS.join(', ')}`,
        },
      ],
    };
  }
  const steps = stepsOfPath(path);
  if (step !== undefined && !steps.includes(step)) {
    return {
      ok: false,
      issues: [
        {
          path: 'step',
          message: `"${step}" is not a step of ${path}: use one of ${steps.join(', ')}`,
        },
      ],
    };
  }
  return { ok: true, intervention: parsed.data };
}
