import { describe, expect, it } from 'vitest';

import { userPseudonym } from '../testing/attempt-rows.ts';
import { displayPseudonym } from './pseudonyms.ts';
import { weeklyReview } from './review.ts';
import { NEW_OPERATORS, smallOrganisation } from './test-organisation.ts';

describe('weeklyReview', () => {
  const review = weeklyReview(
    smallOrganisation({
      interventions: [
        {
          id: 'ticket-1',
          day: '2026-11-26',
          kind: 'ticket',
          path: 'inventory.delivery',
          step: 'validate',
          note: 'Filed with the integrator.',
        },
      ],
    }),
    '2026-W48',
  );

  it('ranks the bug first, then the knowledge gap, then the workaround', () => {
    expect(review.top.map((item) => [item.path, item.step, item.cause])).toEqual([
      ['inventory.delivery', 'validate', 'bug'],
      ['inventory.putaway', 'destination', 'knowledge'],
      ['accounting.vendor-bill', 'bill-draft', 'ux_process'],
    ]);
    expect(review.top.map((item) => item.score)).toEqual([5.88, 3, 1.5]);
  });

  it('finds the day the bug started and writes it into the ticket', () => {
    const [bug] = review.top;

    expect(bug!.firstDay).toBe('2026-11-25');
    expect(bug!.cohorts).toEqual(['warehouse/north-site/experienced', 'warehouse/north-site/new']);
    expect(bug!.intervention.kind).toBe('ticket');
    expect(bug!.intervention.text).toContain('2. Open the delivery');
    expect(bug!.intervention.text).toContain('5. Validate the delivery ← fails here');
    expect(bug!.intervention.text).toContain(
      '- server error on button_validate: 42 times in 21 attempts, 7 users',
    );
    expect(bug!.intervention.text).toContain('- first day: Wed 2026-11-25');
    expect(bug!.figures.completionPct).toBe(40);
    expect(bug!.baseline!.completionPct).toBe(100);
  });

  it('proposes training for the new operators only, by pseudonym', () => {
    const knowledge = review.top[1]!;
    const pseudonyms = NEW_OPERATORS.map((n) => displayPseudonym(userPseudonym(n)));

    expect(knowledge.cohorts).toEqual(['warehouse/north-site/new']);
    expect(knowledge.pseudonyms).toEqual(pseudonyms);
    expect(knowledge.intervention).toMatchObject({ kind: 'training', pseudonyms });
    expect(knowledge.evidence[0]!.text).toBe(
      'New users hesitate here in 100% of visits (30 of 30) and complete 100% of attempts; ' +
        'experienced colleagues at the same step hesitate in 0% and complete 100%.',
    );
  });

  it('asks for a flow change where accountants work around Odoo', () => {
    const workaround = review.top[2]!;

    expect(workaround.signal).toBe('workaround');
    expect(workaround.figures.workaroundPct).toBe(50);
    expect(workaround.intervention.kind).toBe('flow_change');
    expect(workaround.evidence.map((e) => e.rule)).toEqual(['workarounds']);
  });

  it('shows the small sales cohort only as other', () => {
    expect(review.cohorts.map((c) => [c.key, c.users])).toContainEqual(['other', 1]);
    expect(review.clusters.every((c) => c.cohort !== 'sales/office/new')).toBe(true);
  });

  it('compares an intervention made during the week before and after its day', () => {
    const [outcome] = review.interventions;

    expect(outcome!.comparison.before).toEqual({ from: '2026-11-16', to: '2026-11-25' });
    expect(outcome!.comparison.after).toEqual({ from: '2026-11-26', to: '2026-11-29' });
    expect(outcome!.comparison.verdict).toBe('worse');
  });
});
