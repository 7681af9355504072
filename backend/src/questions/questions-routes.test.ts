import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { QUESTION_EXAMPLES } from '../../../core/analysis/index.ts';
import { readApi, readJson, refusalOf } from '../testing/read-api.ts';
import { openSeededBackend, type SeededBackend } from '../testing/seeded-scenario.ts';
import type { QuestionAnswer } from './questions-schema.ts';

let seeded: SeededBackend;

beforeAll(async () => {
  seeded = await openSeededBackend();
}, 60_000);
afterAll(() => seeded.store.close());

const ask = (query: string) =>
  readJson<QuestionAnswer>(seeded.app, `/v1/orgs/northwind/questions${query}`);

describe('GET /v1/orgs/:org/questions', () => {
  it('names the module that spiked this week, with the figures behind it', async () => {
    const answer = await ask('?q=which+module+spiked+this+week%3F');

    expect(answer).toMatchObject({
      question: 'which module spiked this week?',
      week: '2026-W49',
      answered: true,
      intent: 'module_spike',
    });
    expect(answer.answer).toMatch(/^Inventory \(stock\) spiked in 2026-W49/);
    expect(answer.figures[0]).toMatchObject({ module: 'stock' });
  });

  it('tells a knowledge gap at putaway in the week asked for', async () => {
    const answer = await ask('?q=Bug+or+knowledge+gap+on+putaway%3F&week=2026-W48');

    expect(answer).toMatchObject({ answered: true, intent: 'cause_of_flow', week: '2026-W48' });
    expect(answer.answer).toMatch(/^A knowledge gap at "Set the storage location"/);
  });

  it('refuses a question outside what it knows, suggesting the ones it answers', async () => {
    const answer = await ask('?q=What+is+the+weather+in+Ghent%3F');

    expect(answer).toMatchObject({ answered: false, intent: null, figures: [] });
    expect(answer.suggestions).toEqual(QUESTION_EXAMPLES);
  });

  it.each([
    ['', 'q is missing: it must be a question, such as "Which module spiked this week?"'],
    ['?q=%20%20', 'q "  " must be a question, such as "Which module spiked this week?"'],
    [
      `?q=${'why'.repeat(200)}`,
      `q "${'why'.repeat(200).slice(0, 80)}…" must be at most 500 characters`,
    ],
  ])('refuses %s with 400 invalid_question', async (query, message) => {
    const response = await readApi(seeded.app, `/v1/orgs/northwind/questions${query}`);

    expect(await refusalOf(response)).toEqual({ status: 400, code: 'invalid_question', message });
  });
});
