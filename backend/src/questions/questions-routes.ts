import { Hono } from 'hono';
import { z } from 'zod';

import { answerQuestion, weekRange } from '../../../core/analysis/index.ts';
import { ALL_DAYS, currentWeek, loadAnalysisInput } from '../analysis-data/index.ts';
import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import { questionParam, weekParam } from '../http/query-params.ts';
import { readableOrg, requireReadAccess } from '../http/require-read-access.ts';
import type { Store } from '../store/index.ts';
import type { QuestionAnswer } from './questions-schema.ts';

const questionsQuery = z.object({ q: questionParam, week: weekParam.optional() });

/**
 * `GET /v1/orgs/:org/questions?q=`: a question in plain words, answered from the week (default
 * this week). A question it cannot answer is still a 200: `answered` is false, with suggestions.
 */
export function questionsRoutes(store: Store, now: () => number): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/orgs/:org/questions', requireReadAccess(store), async (c) => {
    const parsed = parseQuery(c, questionsQuery);
    if (!parsed.ok) return apiError(c, parsed.code, parsed.message);
    const { q } = parsed.query;
    const week = parsed.query.week ?? currentWeek(now());

    // Every attempt up to the week's end: power users are ranked on all they ever completed.
    const { input } = await loadAnalysisInput(store, readableOrg(c), () => ({
      from: ALL_DAYS.from,
      to: weekRange(week).to,
    }));
    const answer: QuestionAnswer = { question: q, week, ...answerQuestion(q, { input, week }) };
    return c.json(answer);
  });

  return app;
}
