import { describe, expect, it } from 'vitest';

import { renderReviewHtml } from './render-html.ts';
import { renderReviewMarkdown } from './render-markdown.ts';
import { weeklyReview } from './review.ts';
import { smallOrganisation } from './test-organisation.ts';

const review = weeklyReview(
  smallOrganisation({
    organisation: 'Fish & <Chips> | "Ltd"',
    interventions: [
      {
        id: 'ticket-1',
        day: '2026-11-26',
        kind: 'ticket',
        path: 'inventory.delivery',
        step: 'validate',
        note: 'Sent to <b>support</b>',
      },
    ],
  }),
  '2026-W48',
);

describe('renderReviewMarkdown', () => {
  const markdown = renderReviewMarkdown(review);

  it('says there is no top problem in a week without data, under a heading without a count', () => {
    const empty = renderReviewMarkdown(weeklyReview(smallOrganisation({}), '2026-W30'));

    expect(empty).toContain('## Top problems\n\nNo step is above the review’s bar this week.');
    expect(renderReviewHtml(weeklyReview(smallOrganisation({}), '2026-W30'))).toContain(
      '<h2>Top problems</h2>\n<p>No step is above the review’s bar this week.</p>',
    );
  });

  it('titles the review with the organisation and the week, escaped', () => {
    expect(markdown.split('\n')[0]).toBe('# Weekly review — Fish & \\<Chips> \\| "Ltd", 2026-W48');
  });

  it('shows the top three with cause, figures, users and intervention', () => {
    expect(markdown).toContain('### 1. "Validate the delivery" — Deliver goods, Inventory (stock)');
    expect(markdown).toContain(
      '**Likely cause: Bug · since Wed 2026-11-25 · dominant signal: error**',
    );
    expect(markdown).toContain('| Completion | 40% | 100% |');
    expect(markdown).toContain('3 users with friction here: u-00000005, u-00000006, u-00000007');
    expect(markdown).toContain('**Intervention (training):**');
    expect(markdown).toContain('5. Validate the delivery ← fails here');
  });

  it('shows the interventions before and after, and a table of all clusters', () => {
    expect(markdown).toContain(
      '| Completion | 85.7% (n = 49) | 0% (n = 14) | two-proportion z | p < 0.001 | worse |',
    );
    expect(markdown).toContain('## All clusters');
    expect(markdown).toContain(
      '| Deliver goods › Validate the delivery | warehouse · north-site · experienced | error |',
    );
  });
});

describe('renderReviewHtml', () => {
  const html = renderReviewHtml(review);

  it('is one standalone page with no script', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('escapes every piece of text from the data', () => {
    expect(html).toContain(
      '<title>Weekly review — Fish &amp; &lt;Chips&gt; | &quot;Ltd&quot;, 2026-W48</title>',
    );
    expect(html).toContain('Sent to &lt;b&gt;support&lt;/b&gt;');
    expect(html).not.toContain('<Chips>');
    expect(html).not.toContain('<b>support');
  });

  it('marks each top item with its cause', () => {
    expect(html.match(/class="cause cause-(\w+)"/g)).toEqual([
      'class="cause cause-bug"',
      'class="cause cause-knowledge"',
      'class="cause cause-ux_process"',
    ]);
  });
});
