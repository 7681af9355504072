import { describe, expect, it } from 'vitest';

import { QUESTION_EXAMPLES, answerQuestion } from './answer-question.ts';
import { smallOrganisation } from './test-organisation.ts';

const input = smallOrganisation({
  interventions: [
    {
      id: 'putaway-training',
      day: '2026-11-25',
      kind: 'training',
      path: 'inventory.putaway',
      step: 'destination',
      cohort: 'warehouse/north-site/new',
      note: '',
    },
  ],
});
const ask = (text: string) => answerQuestion(text, { input, week: '2026-W48' });

describe('answerQuestion', () => {
  it('names the module that spiked, with its numbers before and now', () => {
    const answer = ask('Which module spiked this week?');

    expect(answer.intent).toBe('module_spike');
    expect(answer.answer).toMatch(/^Inventory \(stock\) spiked in 2026-W48: hesitation score \d+/);
    expect(answer.answer).toContain('Most of it at "Validate the delivery" (Deliver goods)');
    expect(answer.figures[0]).toMatchObject({
      module: 'stock',
      errorRatePct: 30,
      baselineErrorRate: 0,
    });
  });

  it('tells a bug on deliveries from a knowledge gap on putaway', () => {
    const deliveries = ask('Bug or knowledge gap on deliveries?');
    const putaway = ask('bug or knowledge gap on putaway?');

    expect(deliveries.answer).toMatch(/^A bug at "Validate the delivery" \(Deliver goods\)/);
    expect(deliveries.answer).toContain('It started on Wed 2026-11-25');
    expect(putaway.answer).toMatch(/^A knowledge gap at "Set the storage location"/);
    expect(putaway.answer).toContain('for warehouse · north-site · new');
  });

  it('says when a named flow has nothing to go on', () => {
    expect(ask('Bug or knowledge gap on receipts?').answer).toBe(
      'No attempt of Receive goods in 2026-W48: ' +
        'there is nothing to tell a bug from a knowledge gap with.',
    );
  });

  it('names the blocked power users by pseudonym, with where and how often', () => {
    const answer = ask('Which power users are blocked?');

    expect(answer.answer).toBe(
      '3 of 3 power users (the experienced users with the most completed attempts) were blocked ' +
        'in 2026-W48: ' +
        'u-00000001 (Deliver goods › Validate the delivery: 6 errors, 3 abandoned); ' +
        'u-00000002 (Deliver goods › Validate the delivery: 6 errors, 3 abandoned); ' +
        'u-00000003 (Deliver goods › Validate the delivery: 6 errors, 3 abandoned).',
    );
  });

  it('puts the top of the review first', () => {
    expect(ask('What should we fix first?').answer).toMatch(
      /^Fix "Validate the delivery" in Deliver goods first: a bug reaching 7 users/,
    );
  });

  it('reports the latest training before and after', () => {
    const answer = ask('Did the training work?');

    expect(answer.intent).toBe('intervention_outcome');
    expect(answer.answer).toContain('The training of 2026-11-25 (putaway-training)');
    expect(answer.answer).toContain('no significant change');
  });

  it('refuses what it cannot answer and suggests what it can', () => {
    const weather = ask('Will it rain tomorrow?');
    const which = ask('Is it a bug?');

    expect(weather).toMatchObject({ answered: false, intent: null });
    expect(weather.suggestions).toEqual(QUESTION_EXAMPLES);
    expect(which.answered).toBe(false);
    expect(which.answer).toContain('Which flow?');
  });
});
