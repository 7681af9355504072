import type { Intervention, IsoWeek } from '../../core/analysis/index.ts';
import { BUILT_IN_PATHS } from '../../core/flows/library.ts';
import type { SessionEvent } from '../../core/flows/match.ts';
import { SessionBuilder } from '../../core/flows/session-builder.ts';
import { pseudonymOf } from '../../core/identity/pseudonym.ts';
import { SESSION_IDLE_MS, summariseSession } from '../../core/summarise/index.ts';
import type { AttemptRow, SessionRow } from '../../core/sync/schema.ts';
import { FIRST_DAY, LAST_DAY, SCENARIO_WEEKS, TRAINING_DAY, workdays } from './calendar.ts';
import { CAST, DATABASE, ORGANISATION, SECRET, type CastMember } from './cast.ts';
import { runSession } from './plan-session.ts';
import { Random } from './random.ts';
import { DISCUSS } from './screens.ts';

/**
 * Six weeks of an organisation's Odoo use, 2026-W44 to 2026-W49, simulated session by session as
 * the extension captures it, then summarised by the extension's own code (`summariseSession`):
 * every figure the analysis finds comes from signals the detectors really raised. Four stories
 * are planted:
 * 1. new warehouse operators hesitate where putaway asks for the storage location, while
 *    experienced ones do not;
 * 2. from Wed 2026-11-18 (a module update) Validate on deliveries fails with a server error for
 *    everyone;
 * 3. accountants take vendor bills out to a spreadsheet and import them back;
 * 4. the new operators are trained on putaway on Mon 2026-11-30, and hesitate far less after.
 * A milder one runs underneath: sales people unsure which invoice to create in the wizard.
 */

export const SCENARIO_INTERVENTIONS: readonly Intervention[] = [
  {
    id: 'putaway-training',
    day: TRAINING_DAY,
    kind: 'training',
    path: 'inventory.putaway',
    step: 'destination',
    cohort: 'warehouse/north-site/new',
    note:
      'Half an hour on the floor: how putaway rules fill in the storage location, ' +
      'and when to change it.',
  },
];

/** Chance a user is away on a given day. */
const ABSENCE = 0.07;

/** Chance of a second warehouse session in the afternoon. */
const AFTERNOON = 0.35;

export interface ScenarioOptions {
  /** Seed of the random source: the same seed gives the same rows. Default 7. */
  seed?: number;
  /** Also return every captured event, to check them. Default false. */
  withEvents?: boolean;
}

/** A simulated user: what the client's admin knows (uid, login) and what the partner sees. */
export interface ScenarioUser {
  uid: number;
  login: string;
  pseudonym: string;
  role: string;
  team: string | null;
  tenure: 'new' | 'experienced';
}

export interface Scenario {
  organisation: string;
  /** The Odoo database and pseudonym secret the pseudonyms were made with. */
  database: string;
  secret: string;
  weeks: readonly IsoWeek[];
  sessions: SessionRow[];
  attempts: AttemptRow[];
  interventions: Intervention[];
  users: ScenarioUser[];
  events?: SessionEvent[];
}

/** Simulates the organisation's six weeks and returns the rows its extensions would have sent. */
export async function generateScenario(options: ScenarioOptions = {}): Promise<Scenario> {
  const random = new Random(options.seed ?? 7);
  const cast = await Promise.all(
    CAST.map(async (member) => ({
      member,
      pseudonym: await pseudonymOf(SECRET, DATABASE, member.uid),
    })),
  );
  const sessions: SessionRow[] = [];
  const attempts: AttemptRow[] = [];
  const events: SessionEvent[] = [];

  for (const day of workdays(FIRST_DAY, LAST_DAY)) {
    for (const { member, pseudonym } of cast) {
      if ((member.startsOn ?? FIRST_DAY) > day || random.chance(ABSENCE)) continue;
      for (const startMs of sessionStarts(member, day, random)) {
        const builder = new SessionBuilder(random.uuid(), startMs);
        runSession(builder.go(DISCUSS), random, member, day);
        // Summarised as the extension does once the session is over: a while after it went idle.
        const summarised = summariseSession(builder.events, {
          paths: BUILT_IN_PATHS,
          now: builder.now + SESSION_IDLE_MS + 60_000,
        });
        sessions.push({ day, session: builder.session, user: pseudonym, cohort: member.cohort });
        for (const { row } of summarised) {
          attempts.push({ ...row, attempt: random.uuid(), user: pseudonym, cohort: member.cohort });
        }
        if (options.withEvents) events.push(...builder.events);
      }
    }
  }

  return {
    organisation: ORGANISATION,
    database: DATABASE,
    secret: SECRET,
    weeks: SCENARIO_WEEKS,
    sessions,
    attempts,
    interventions: [...SCENARIO_INTERVENTIONS],
    users: cast.map(({ member, pseudonym }) => ({
      uid: member.uid,
      login: member.login,
      pseudonym,
      role: member.cohort.role ?? 'unknown',
      team: member.cohort.team,
      tenure: member.tenure,
    })),
    ...(options.withEvents ? { events } : {}),
  };
}

/** When a user's sessions start on `day` (UTC ms): mornings, and for some operators afternoons. */
function sessionStarts(member: CastMember, day: string, r: Random): number[] {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  const at = (hour: number, spreadMinutes: number) =>
    midnight + hour * 3_600_000 + r.ms(0, spreadMinutes * 60_000);
  if (member.job === 'warehouse') {
    return r.chance(AFTERNOON) ? [at(7, 90), at(12.5, 90)] : [at(7, 90)];
  }
  return [member.job === 'accounting' ? at(8, 120) : at(9, 120)];
}
