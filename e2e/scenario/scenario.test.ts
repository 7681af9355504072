import { beforeAll, describe, expect, it } from 'vitest';

import {
  answerQuestion,
  displayPseudonym,
  exportRows,
  renderReviewSummary,
  weeklyReview,
  type AnalysisInput,
  type WeeklyReview,
} from '../../core/analysis/index.ts';
import { capturedEventSchema } from '../../core/events/schema.ts';
import { BUILT_IN_PATHS } from '../../core/flows/library.ts';
import { pseudonymOf } from '../../core/identity/pseudonym.ts';
import { attemptRowSchema, sessionRowSchema } from '../../core/sync/schema.ts';
import { generateScenario, type Scenario } from './index.ts';

let scenario: Scenario;
let generationMs: number;
let input: AnalysisInput;
let w48: WeeklyReview;
let w49: WeeklyReview;

beforeAll(async () => {
  const started = performance.now();
  scenario = await generateScenario({ withEvents: true });
  generationMs = performance.now() - started;
  input = {
    organisation: scenario.organisation,
    attempts: scenario.attempts,
    sessions: scenario.sessions,
    paths: BUILT_IN_PATHS,
    interventions: scenario.interventions,
  };
  w48 = weeklyReview(input, '2026-W48');
  w49 = weeklyReview(input, '2026-W49');
});

const shown = (filter: (user: Scenario['users'][number]) => boolean) =>
  scenario.users
    .filter(filter)
    .map((user) => displayPseudonym(user.pseudonym))
    .sort();

describe('the scenario', () => {
  it('simulates 25 users over six weeks in a few seconds', () => {
    expect(scenario.users).toHaveLength(25);
    expect(scenario.sessions.length).toBeGreaterThan(700);
    expect(scenario.attempts.length).toBeGreaterThan(2000);
    expect(generationMs).toBeLessThan(10_000);
  });

  it('captures events and sends rows that the schemas accept', () => {
    const events = scenario.events!;
    expect(events.filter((e) => !capturedEventSchema.safeParse(e).success)).toEqual([]);
    expect(scenario.attempts.filter((a) => !attemptRowSchema.safeParse(a).success)).toEqual([]);
    expect(scenario.sessions.filter((s) => !sessionRowSchema.safeParse(s).success)).toEqual([]);
    expect(new Set(events.map((e) => e.type))).toEqual(
      new Set([
        'navigate',
        'click',
        'hover',
        'field',
        'state',
        'dialog_open',
        'dialog_close',
        'page',
        'no_effect',
        'notification',
        'record',
        'export',
        'import',
        'download',
      ]),
    );
  });

  it('tells the same story for the same seed', async () => {
    const again = await generateScenario();
    expect(again.attempts).toEqual(scenario.attempts);
  });

  it("makes pseudonyms the client's admin can turn back into logins", async () => {
    const [user] = scenario.users;
    expect(user!.pseudonym).toBe(await pseudonymOf(scenario.secret, scenario.database, user!.uid));
    expect(user!.login).toBe('anna.keller');
  });
});

describe('the review of 2026-W48', () => {
  it('puts the delivery bug, the putaway knowledge gap and the bill workaround on top', () => {
    expect(w48.top.map((item) => [item.path, item.step, item.cause])).toEqual([
      ['inventory.delivery', 'validate', 'bug'],
      ['inventory.putaway', 'destination', 'knowledge'],
      ['accounting.vendor-bill', 'bill-draft', 'ux_process'],
    ]);
  });

  it('finds that Validate on deliveries broke on Wed 2026-11-18, for every cohort', () => {
    const bug = w48.top[0]!;

    expect(bug.firstDay).toBe('2026-11-18');
    expect(bug.cohorts).toHaveLength(4);
    expect(bug.figures.errors[0]).toMatchObject({
      kind: 'server_error',
      button: 'button_validate',
    });
    expect(bug.figures.completionPct).toBeLessThan(bug.baseline!.completionPct - 50);
    expect(bug.evidence.map((e) => e.rule)).toEqual(
      expect.arrayContaining([
        'server_errors',
        'dead_clicks',
        'same_error_across_cohorts',
        'starts_on_day',
      ]),
    );
    expect(bug.intervention.kind).toBe('ticket');
    expect(bug.intervention.text).toContain('first day: Wed 2026-11-18');
  });

  it('sees the new north-site operators hesitate at the storage location, and names them', () => {
    const gap = w48.top[1]!;
    const newOperators = shown((u) => u.team === 'north-site' && u.tenure === 'new');

    expect(gap.cohorts).toEqual(['warehouse/north-site/new']);
    expect(gap.pseudonyms).toEqual(newOperators);
    expect(gap.intervention).toMatchObject({ kind: 'training', pseudonyms: newOperators });
    expect(gap.figures.hesitationScore).toBeGreaterThan(60);
    expect(gap.evidence[0]!.rule).toBe('new_users_hesitate');
  });

  it('sees the accountants work around vendor bills with a spreadsheet', () => {
    const workaround = w48.top[2]!;

    expect(workaround.cohorts).toEqual(['accounting/finance/experienced']);
    expect(workaround.signal).toBe('workaround');
    expect(workaround.figures.workaroundPct).toBeGreaterThan(25);
    expect(workaround.evidence.map((e) => e.rule)).toContain('workarounds');
    expect(workaround.intervention.kind).toBe('flow_change');
  });
});

describe('the review of 2026-W49', () => {
  it('shows the training worked: hesitation fell, p < 0.05', () => {
    const [training] = w49.interventions;
    const hesitation = training!.comparison.metrics.find((m) => m.metric === 'hesitation')!;

    expect(training!.intervention.id).toBe('putaway-training');
    expect(training!.comparison.verdict).toBe('improved');
    expect(hesitation.pValue!).toBeLessThan(0.05);
    expect(hesitation.after!).toBeLessThan(hesitation.before! / 3);
  });

  it('no longer has the putaway knowledge gap among its top problems', () => {
    expect(w49.top.map((item) => item.step)).not.toContain('destination');
    expect(w49.top[0]).toMatchObject({ path: 'inventory.delivery', cause: 'bug' });
  });
});

describe('small cohorts', () => {
  it('are merged into other in clusters, review and spreadsheet', () => {
    const other = w48.cohorts.find((c) => c.key === 'other')!;
    const shownKeys = new Set(w48.cohorts.map((c) => c.key));

    expect(other.mergedFrom).toEqual([
      'sales/office/new',
      'warehouse/south-site/new',
      'warehouse/unknown/experienced',
    ]);
    expect(other.users).toBe(3);
    expect(w48.cohorts.filter((c) => c.key !== 'other').every((c) => c.users >= 3)).toBe(true);
    expect(w48.clusters.every((c) => shownKeys.has(c.cohort))).toBe(true);
    expect(w48.top.flatMap((item) => item.cohorts).every((key) => shownKeys.has(key))).toBe(true);
    expect(new Set(exportRows(input, w48.range).map((row) => row.role))).toEqual(
      new Set(['warehouse', 'accounting', 'sales', 'other']),
    );
  });

  it('include the south site, whose tenure is inferred from when each user started', () => {
    expect(w48.cohorts.find((c) => c.key === 'warehouse/south-site/experienced')?.users).toBe(5);
  });
});

describe('questions about 2026-W48', () => {
  const ask = (text: string, week = '2026-W48') => answerQuestion(text, { input, week });

  it('names Inventory as the module that spiked, with its numbers', () => {
    const answer = ask('Which module spiked this week?');

    expect(answer.answer).toMatch(/^Inventory \(stock\) spiked in 2026-W48: hesitation score \d+/);
    expect(answer.answer).toContain('"Validate the delivery" (Deliver goods)');
    expect(answer.figures[0]).toMatchObject({ module: 'stock' });
  });

  it('tells a bug, a knowledge gap and a quiet flow apart by name', () => {
    expect(ask('Bug or knowledge gap on deliveries?').answer).toMatch(
      /^A bug at "Validate the delivery" \(Deliver goods\).*It started on Wed 2026-11-18/,
    );
    expect(ask('Bug or knowledge gap on putaway?').answer).toMatch(
      new RegExp(
        '^A knowledge gap at "Set the storage location" \\(Put away received goods\\), ' +
          'for warehouse · north-site · new: \\d+ of \\d+ attempts met trouble there .* ' +
          'New users hesitate here in \\d+% of visits',
      ),
    );
    expect(ask('Bug or knowledge gap on receipts?').answer).toMatch(
      /^Neither: .*Receive goods.*hesitation score (of )?\d+/,
    );
  });

  it('names blocked power users, all experienced operators hit by the delivery bug', () => {
    const answer = ask('Which power users are blocked?');
    const operators = shown((u) => u.role === 'warehouse' && u.tenure === 'experienced');

    expect(answer.answer).toMatch(/^\d of \d power users .* were blocked in 2026-W48: u-/);
    expect(answer.figures.length).toBeGreaterThan(0);
    for (const row of answer.figures) {
      expect(operators).toContain(row.user);
      expect(row.where).toBe('Deliver goods › Validate the delivery');
      expect(row.errors).toBeGreaterThan(0);
    }
  });

  it('says to fix the delivery bug first', () => {
    expect(ask('What should we fix first?').answer).toMatch(
      /^Fix "Validate the delivery" in Deliver goods first: a bug reaching \d+ users/,
    );
  });

  it('reports in 2026-W49 that the training worked', () => {
    const answer = ask('Did the training work?', '2026-W49');

    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(
      /Hesitation at "Set the storage location".*score \d+ before, score \d+ after \(p < 0\.001\)/,
    );
    expect(answer.answer).toContain('): improved.');
  });

  it('sums the review up for a terminal: each problem, its cause, evidence and intervention', () => {
    const [title, ...lines] = renderReviewSummary(w48).split('\n');

    expect(title).toMatch(/^Weekly review — .+, 2026-W48: \d+ sessions, \d+ attempts, 25 users$/);
    expect(lines.filter((line) => /^ {2}\d\. /.test(line))).toEqual([
      expect.stringMatching(
        /^ {2}1\. Deliver goods › Validate the delivery: Bug since Wed 2026-11-18/,
      ),
      '  2. Put away received goods › Set the storage location: Knowledge gap, ' +
        'warehouse · north-site · new',
      expect.stringMatching(/^ {2}3\. Vendor bill to payment › Check the draft bill: UX\/process/),
    ]);
    expect(lines).toContainEqual(expect.stringMatching(/^ {5}\d+ of \d+ attempts worked around/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {5}→ training: /));
    expect(renderReviewSummary(w49)).toMatch(
      /training on Mon 2026-11-30, Put away received goods › Set the storage location: .*improved\.$/m,
    );
  });

  it('refuses a question it cannot answer, with ones it can', () => {
    const answer = ask('How is the weather in Ghent?');

    expect(answer.answered).toBe(false);
    expect(answer.suggestions).toContain('Which module spiked this week?');
  });
});
