import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { CONTOSO, ingestScenario, NORTHWIND, useTestBackend } from '../testing/fixtures.ts';

const backend = useTestBackend();

async function openPage(path: string): Promise<{ status: number; html: string; doc: Document }> {
  const response = await backend.app.request(path);
  const html = await response.text();
  return { status: response.status, html, doc: parseHTML(html).document };
}

/** The text of each body cell of the table under the heading `heading`. */
function tableRows(doc: Document, heading: string): string[][] {
  const section = [...doc.querySelectorAll('section')].find(
    (candidate) => candidate.querySelector('h2, h3')?.textContent === heading,
  );
  if (!section) throw new Error(`no section "${heading}"`);
  return [...section.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
  );
}

describe('GET /orgs/:org', () => {
  it('shows totals and one row per flow with its counts', async () => {
    await ingestScenario(backend.app);

    const { status, doc } = await openPage(`/orgs/northwind?token=${NORTHWIND.readToken}`);

    expect(status).toBe(200);
    const received = [...doc.querySelectorAll('section')].find(
      (section) => section.querySelector('h2')?.textContent === 'Everything received',
    );
    expect([...received!.querySelectorAll('.totals li')].map((li) => li.textContent)).toEqual([
      'Sessions 3',
      'Unique users 2',
      'Events 15',
    ]);
    expect(tableRows(doc, 'Flows')).toEqual([
      ['Receive goods', '2', '2', '9'],
      ['Outside known flows', '1', '0', '4'],
      ['Sales order to payment', '1', '1', '2'],
    ]);
  });

  it('shows one row per screen, with a dash where the extension read nothing', async () => {
    await ingestScenario(backend.app);

    const { doc } = await openPage(`/orgs/northwind?token=${NORTHWIND.readToken}`);

    expect(tableRows(doc, 'Screens')).toEqual([
      ['Receive goods', 'Inventory', 'stock.picking', 'form', 'assigned', '2', '2', '7'],
      ['Outside known flows', 'CRM', 'crm.lead', 'kanban', '—', '1', '0', '4'],
      ['Receive goods', 'Inventory', 'stock.picking', 'list', '—', '1', '1', '2'],
      ['Sales order to payment', 'Sales', 'sale.order', 'form', 'draft', '1', '1', '2'],
    ]);
    // The technical name stays at hand for whoever searches Odoo for it.
    expect(doc.querySelector('span.named')?.getAttribute('title')).toBe('stock.menu_stock_root');
  });

  it('escapes the organisation name', async () => {
    const { html, doc } = await openPage(`/orgs/northwind?token=${NORTHWIND.readToken}`);

    expect(html).toContain('Northwind &lt;Furniture> &amp; Sons');
    expect(html).not.toContain('<Furniture>');
    expect(doc.querySelector('h1')?.textContent).toBe(NORTHWIND.name);
  });

  it('says plainly that nothing has been received yet', async () => {
    const { status, doc } = await openPage(`/orgs/northwind?token=${NORTHWIND.readToken}`);

    expect(status).toBe(200);
    expect(doc.querySelector('.empty h2')?.textContent).toBe('Nothing received yet');
    expect(doc.querySelectorAll('table')).toHaveLength(0);
  });

  it('keeps the token out of referrers and caches', async () => {
    const response = await backend.app.request(`/orgs/northwind?token=${NORTHWIND.readToken}`);

    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a plain 401 page telling how to get a link for a wrong token', async () => {
    const { status, doc, html } = await openPage('/orgs/northwind?token=guessed-token-123');

    expect(status).toBe(401);
    expect(doc.querySelector('h1')?.textContent).toBe('This dashboard link does not work');
    expect(html).toContain('Ask whoever runs Pathlight');
    expect(html).not.toContain('Northwind');
  });

  it('answers 401 for an ingest token and 403 for another organisation', async () => {
    await ingestScenario(backend.app, CONTOSO);

    const ingest = await openPage(`/orgs/northwind?token=${NORTHWIND.ingestToken}`);
    const otherOrg = await openPage(`/orgs/contoso?token=${NORTHWIND.readToken}`);

    expect([ingest.status, otherOrg.status]).toEqual([401, 403]);
    expect(ingest.html).toContain(
      "The token in the link is an organisation's ingest token, which its extensions send " +
        'data with; pages need a read token.',
    );
    expect(otherOrg.html).not.toContain('Contoso Ltd');
  });
});

describe('GET /', () => {
  it('shows a landing page without organisation data', async () => {
    await ingestScenario(backend.app);

    const { status, html } = await openPage('/');

    expect(status).toBe(200);
    expect(html).toContain('Pathlight backend');
    expect(html).not.toContain('northwind');
  });
});
