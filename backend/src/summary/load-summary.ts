import type { Organisation } from '../organisations/index.ts';
import type { Queryable } from '../store/index.ts';
import { flowName } from './flow-name.ts';
import type { Counts, FlowSummary, OrgSummary, ScreenSummary } from './types.ts';

// count(DISTINCT x) skips NULLs, so rows without a known user add to sessions and events only.
// Counts come back as bigint, which pg hands over as strings and PGlite as numbers: every
// count goes through Number().
const COUNTS_SQL = `
  count(DISTINCT session_id) AS sessions,
  count(DISTINCT user_pseudonym) AS users,
  coalesce(sum(events), 0) AS events`;

type CountsRow = Record<keyof Counts, number | string>;

/** Everything an organisation has sent, counted per flow, per screen and in total. */
export async function loadSummary(db: Queryable, org: Organisation): Promise<OrgSummary> {
  const flowRows = await db.query<CountsRow & { flow: string | null }>(
    `SELECT flow, ${COUNTS_SQL}
       FROM aggregate_rows
      WHERE org_id = $1
      GROUP BY flow
      ORDER BY sessions DESC, events DESC, flow NULLS LAST`,
    [org.id],
  );

  const screenRows = await db.query<
    CountsRow & Omit<ScreenSummary, keyof Counts | 'viewType'> & { view_type: string | null }
  >(
    `SELECT flow, app, model, view_type, state, ${COUNTS_SQL}
       FROM aggregate_rows
      WHERE org_id = $1
      GROUP BY flow, app, model, view_type, state
      ORDER BY sessions DESC, events DESC, flow NULLS LAST, app, model, view_type, state`,
    [org.id],
  );

  const [totalsRow] = await db.query<CountsRow>(
    `SELECT ${COUNTS_SQL} FROM aggregate_rows WHERE org_id = $1`,
    [org.id],
  );

  const flows: FlowSummary[] = flowRows.map((row) => ({
    flow: row.flow,
    name: flowName(row.flow),
    ...counts(row),
  }));
  const screens: ScreenSummary[] = screenRows.map((row) => ({
    flow: row.flow,
    app: row.app,
    model: row.model,
    viewType: row.view_type,
    state: row.state,
    ...counts(row),
  }));
  const totals = totalsRow ? counts(totalsRow) : { sessions: 0, users: 0, events: 0 };

  return { org: { id: org.id, name: org.name }, flows, screens, totals };
}

function counts(row: CountsRow): Counts {
  return {
    sessions: Number(row.sessions),
    users: Number(row.users),
    events: Number(row.events),
  };
}
