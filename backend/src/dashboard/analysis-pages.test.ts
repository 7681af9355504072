import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CONTOSO, NORTH_PARTNER, SOUTH_PARTNER } from '../testing/fixtures.ts';
import { openSeededBackend, type SeededBackend } from '../testing/seeded-scenario.ts';

let seeded: SeededBackend;

beforeAll(async () => {
  seeded = await openSeededBackend();
}, 60_000);
afterAll(() => seeded.store.close());

const TOKEN = NORTH_PARTNER.readToken;

async function openPage(path: string, token: string = TOKEN) {
  const joiner = path.includes('?') ? '&' : '?';
  const response = await seeded.app.request(`${path}${joiner}token=${token}`);
  const html = await response.text();
  return { status: response.status, html, doc: parseHTML(html).document, response };
}

/** The section whose heading reads `heading`. */
function section(doc: Document, heading: string): Element {
  const found = [...doc.querySelectorAll('section')].find(
    (candidate) => candidate.querySelector('h2')?.textContent?.trim() === heading,
  );
  if (!found) throw new Error(`no section "${heading}"`);
  return found;
}

function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((node) => node.textContent?.trim() ?? '');
}

/** Every link to a page of this server: each must carry the read token on. */
function ownLinks(doc: Document): string[] {
  return [...doc.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href')!);
}

describe('GET /orgs', () => {
  it("lists a partner's organisations with this week's sessions and top problem", async () => {
    const { status, doc } = await openPage('/orgs');

    expect(status).toBe(200);
    const [row] = [...doc.querySelectorAll('tbody tr')].map((tr) => texts(tr, 'td'));
    expect(row![0]).toBe('Northwind <Furniture> & Sons');
    expect(row![1]).toBe('150');
    expect(row![2]).toMatch(/^Bug Validate the delivery/);
    expect(ownLinks(doc)).toEqual([`/orgs/northwind?token=${TOKEN}`]);
  });

  it('shows another partner only its own organisations', async () => {
    const { doc } = await openPage('/orgs', SOUTH_PARTNER.readToken);

    expect(texts(doc, 'tbody td.name')).toEqual([CONTOSO.name]);
  });
});

describe('GET /orgs/:org', () => {
  it("shows the week's top problems, each linking to its cluster", async () => {
    const { doc } = await openPage('/orgs/northwind?week=2026-W48');

    const cards = section(doc, "This week's top problems");
    expect(texts(cards, 'h3')).toEqual([
      '1. Validate the delivery',
      '2. Set the storage location',
      '3. Check the draft bill',
    ]);
    expect(cards.querySelector('a')?.getAttribute('href')).toBe(
      `/orgs/northwind/clusters/inventory.delivery~validate~warehouse~north-site~experienced` +
        `?week=2026-W48&token=${TOKEN}`,
    );
    expect(texts(cards, '.badge')).toEqual(['Bug', 'Knowledge gap', 'UX/process']);
  });

  it('charts the four signals over eight weeks and tables the clusters with their figures', async () => {
    const { doc } = await openPage('/orgs/northwind?week=2026-W48');

    const charts = section(doc, 'Signals over 8 weeks');
    expect(texts(charts, 'figure h3')).toEqual([
      'Coverage',
      'Completion',
      'Hesitation score',
      'Workaround rate',
    ]);
    expect(charts.querySelectorAll('svg')).toHaveLength(4);
    expect(texts(charts, '.latest')).toEqual(['100%', '73.3%', '9', '3.5%']);

    const rows = [...section(doc, 'Clusters').querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(14);
    const putaway = rows.find((tr) => tr.textContent!.includes('Set the storage location'))!;
    expect(texts(putaway, 'td')).toEqual([
      'Set the storage locationPut away received goods',
      'warehouse · north-site · new',
      'pause',
      '23',
      '100%',
      '4',
      '74−2',
      '67.7%−10',
      '0%±0',
      '35.9 s',
    ]);
  });

  it('narrows the charts, clusters and hints to a module and a cohort', async () => {
    const { doc } = await openPage(
      '/orgs/northwind?week=2026-W48&module=account&cohort=accounting/finance/experienced',
    );

    const clusters = texts(section(doc, 'Clusters'), 'tbody td.name');
    expect(clusters).toEqual(['Check the draft billVendor bill to payment']);
    expect(texts(section(doc, 'Hint outcomes per step'), 'tbody td.name')).toEqual([
      'Check the draft billVendor bill to payment',
    ]);
    expect(doc.querySelector('select[name="module"] option[selected]')?.textContent).toBe(
      'Invoicing (account)',
    );
  });

  it('shows what became of the hints at each step', async () => {
    const { doc } = await openPage('/orgs/northwind?week=2026-W48');

    const hints = section(doc, 'Hint outcomes per step');
    expect(texts(hints, 'thead th')).toEqual([
      'Step',
      'Shown',
      'Followed',
      'Got it',
      'Not helpful',
      'Dismissed',
      'Followed %',
    ]);
    const row = [...hints.querySelectorAll('tbody tr')].find((tr) =>
      tr.textContent!.includes('Set the storage location'),
    )!;
    expect(texts(row, 'td').slice(1)).toEqual(['27', '13', '7', '0', '7', '48.1%']);
  });

  it('answers a question with its figures, and suggests questions it can answer', async () => {
    const asked = await openPage(
      '/orgs/northwind?week=2026-W48&q=Which+module+spiked+this+week%3F',
    );
    const refused = await openPage('/orgs/northwind?week=2026-W48&q=Is+it+raining%3F');

    expect(asked.doc.querySelector('.answer p')?.textContent).toMatch(
      /^Inventory \(stock\) spiked in 2026-W48/,
    );
    expect(texts(asked.doc, '.answer thead th')[0]).toBe('module');
    expect(refused.doc.querySelector('.answer p')?.textContent).toContain('I cannot answer');
    expect(texts(refused.doc, '#ask p.muted a')).toContain('Which module spiked this week?');
  });

  it('keeps the token in every link, and links the review, compare and the CSV', async () => {
    const { doc } = await openPage('/orgs/northwind?week=2026-W48');

    const links = ownLinks(doc);
    expect(links.filter((href) => !href.includes(`token=${TOKEN}`))).toEqual([]);
    expect(links).toEqual(
      expect.arrayContaining([
        `/orgs/northwind/review?week=2026-W48&token=${TOKEN}`,
        `/orgs/northwind/compare?token=${TOKEN}`,
        `/v1/orgs/northwind/export.csv?week=2026-W48&token=${TOKEN}`,
      ]),
    );
  });

  it('points at the latest week with data when the week shown has none', async () => {
    const { status, doc } = await openPage('/orgs/northwind?week=2026-W51');

    expect(status).toBe(200);
    expect(doc.querySelector('.notice')?.textContent).toBe(
      'No attempt at a golden path in 2026-W51. The latest data is from 2026-W49: open 2026-W49.',
    );
    expect(doc.querySelector('.notice a')?.getAttribute('href')).toBe(
      `/orgs/northwind?week=2026-W49&token=${TOKEN}`,
    );
  });

  it('answers a plain 400 page naming a bad value, with a way back', async () => {
    const { status, doc } = await openPage('/orgs/northwind?week=2026-49');

    expect(status).toBe(400);
    expect(texts(doc, 'main > p')).toEqual([
      'week "2026-49" must be an ISO week such as 2026-W49, in years 2000 to 2999.',
      'Back to Northwind <Furniture> & Sons',
    ]);
    expect(ownLinks(doc)).toEqual([`/orgs/northwind?token=${TOKEN}`]);
  });

  it("refuses another partner's organisation with the 403 page", async () => {
    const { status, html } = await openPage('/orgs/northwind', SOUTH_PARTNER.readToken);

    expect(status).toBe(403);
    expect(html).not.toContain('Validate the delivery');
  });
});

describe('GET /orgs/:org/clusters/:cluster', () => {
  const PUTAWAY = '/orgs/northwind/clusters/inventory.putaway~destination~warehouse~north-site~new';

  it("shows a cluster's figures, likely cause, cohorts at the step and who met friction", async () => {
    const { status, doc } = await openPage(`${PUTAWAY}?week=2026-W48`);

    expect(status).toBe(200);
    expect(doc.querySelector('h1')?.textContent).toBe('Set the storage location');
    expect(section(doc, 'Likely cause').querySelector('.badge')?.textContent).toBe('Knowledge gap');
    expect(section(doc, 'Likely cause').querySelector('p')?.textContent).toBe(
      'Knowledge gap Dominant signal: pause. Problem 2 of the weekly review.',
    );
    expect(section(doc, 'Likely cause').textContent).toContain('New users hesitate here');
    const figures = [...section(doc, 'Figures').querySelectorAll('tbody tr')].map((tr) =>
      texts(tr, 'td'),
    );
    expect(figures).toContainEqual(['Hesitation score', '74', '76']);
    const cohorts = section(doc, 'Cohorts at this step');
    expect(texts(cohorts, 'tr.current td')[0]).toBe('warehouse · north-site · new');
    expect(texts(cohorts, 'tr.current .pseudonym')).toHaveLength(4);
    expect(section(doc, 'This step in the previous weeks').querySelectorAll('svg')).toHaveLength(4);
  });

  it('answers a 404 page for a cluster nobody reached that week', async () => {
    const { status, doc } = await openPage(`${PUTAWAY}?week=2026-W40`);

    expect(status).toBe(404);
    expect(doc.querySelector('h1')?.textContent).toBe('No such cluster this week');
  });
});

describe('GET /orgs/:org/review', () => {
  it('shows the top three with cause, evidence, cohorts, pseudonyms and intervention', async () => {
    const { doc } = await openPage('/orgs/northwind/review?week=2026-W48');

    const items = [...doc.querySelectorAll('section.item[id^="problem-"]')];
    expect(items.map((item) => item.querySelector('h3')?.textContent)).toEqual([
      '1. "Validate the delivery" — Deliver goods, Inventory (stock)',
      '2. "Set the storage location" — Put away received goods, Inventory (stock)',
      '3. "Check the draft bill" — Vendor bill to payment, Invoicing (account)',
    ]);
    expect(items[1]!.querySelectorAll('.pseudonym')).toHaveLength(4);
    expect(items[1]!.querySelector('pre')?.textContent).toMatch(
      /^Who: warehouse · north-site · new/,
    );
  });

  it("shows the training's before/after the week after, with a link that fills the compare form", async () => {
    const { doc } = await openPage('/orgs/northwind/review?week=2026-W49');

    const outcomes = section(doc, 'Interventions: did they work?');
    expect(outcomes.querySelector('.badge')?.textContent).toBe('improved');
    expect(outcomes.querySelector('a')?.getAttribute('href')).toBe(
      '/orgs/northwind/compare?path=inventory.putaway&step=destination' +
        '&cohort=warehouse%2Fnorth-site%2Fnew&before=2026-11-02..2026-11-29' +
        `&after=2026-11-30..2026-12-06&token=${TOKEN}`,
    );
  });
});

describe('GET /orgs/:org/compare', () => {
  it('compares before and after with a verdict per figure, and lists the interventions', async () => {
    const { status, doc } = await openPage(
      '/orgs/northwind/compare?path=inventory.putaway&step=destination' +
        '&cohort=warehouse/north-site/new&before=2026-11-02..2026-11-29&after=2026-11-30..2026-12-06',
    );

    expect(status).toBe(200);
    const comparison = doc.querySelector('#comparison')!;
    expect(comparison.querySelector('.badge')?.textContent).toBe('improved');
    expect(texts(comparison, 'tr.current td')).toEqual([
      'Hesitation score',
      '75 (n = 187)',
      '5 (n = 41)',
      'two-proportion z',
      'p < 0.001',
      'improved',
    ]);
    expect(texts(section(doc, 'Recorded interventions'), 'h3')[0]).toMatch(
      /^training on Mon 2026-11-30/,
    );
  });

  it('keeps the form and says which value is missing, with status 400', async () => {
    const { status, doc } = await openPage(
      '/orgs/northwind/compare?path=inventory.putaway&before=2026-11-02..2026-11-29',
    );

    expect(status).toBe(400);
    expect(doc.querySelector('.notice')?.textContent).toBe('after is missing: give both windows.');
    expect(doc.querySelector('select[name="path"] option[selected]')?.textContent).toBe(
      'Put away received goods',
    );
  });
});
