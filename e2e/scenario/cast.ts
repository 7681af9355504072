import type { Cohort } from '../../core/sync/schema.ts';

/**
 * The people of the scenario's organisation: warehouse operators on two sites, accountants and
 * sales people. The north site's IT policy sets each user's tenure; the south site's does not,
 * so the analysis has to infer it. A few people sit in cohorts too small to be shown alone.
 */

/** The organisation, its Odoo database and the pseudonym secret its IT set. */
export const ORGANISATION = 'Northwind Furniture';
export const DATABASE = 'northwind-prod';
export const SECRET = 'northwind-scenario-secret';

export type Job = 'warehouse' | 'accounting' | 'sales';

export interface CastMember {
  uid: number;
  login: string;
  job: Job;
  /** What the extension reports, as IT's policy sets it. */
  cohort: Cohort;
  /** The truth the story is built on, whatever the policy says. */
  tenure: 'new' | 'experienced';
  /** The first day the user works; the go-live otherwise. */
  startsOn?: string;
}

const warehouse = (
  uid: number,
  login: string,
  team: string | null,
  tenure: 'new' | 'experienced',
  policyTenure: boolean,
  startsOn?: string,
): CastMember => ({
  uid,
  login,
  job: 'warehouse',
  cohort: { role: 'warehouse', team, tenure: policyTenure ? tenure : null },
  tenure,
  ...(startsOn ? { startsOn } : {}),
});

export const CAST: readonly CastMember[] = [
  warehouse(12, 'anna.keller', 'north-site', 'experienced', true),
  warehouse(13, 'ben.otto', 'north-site', 'experienced', true),
  warehouse(14, 'carla.mendes', 'north-site', 'experienced', true),
  warehouse(15, 'dario.rossi', 'north-site', 'experienced', true),
  warehouse(16, 'eva.lind', 'north-site', 'experienced', true),
  warehouse(17, 'felix.braun', 'north-site', 'experienced', true),
  warehouse(18, 'gina.novak', 'north-site', 'new', true),
  warehouse(19, 'hugo.petit', 'north-site', 'new', true),
  warehouse(20, 'ines.costa', 'north-site', 'new', true),
  warehouse(21, 'jonas.weber', 'north-site', 'new', true),
  warehouse(22, 'karin.olsen', 'south-site', 'experienced', false),
  warehouse(23, 'luca.bianchi', 'south-site', 'experienced', false),
  warehouse(24, 'mia.schulz', 'south-site', 'experienced', false),
  warehouse(25, 'nils.berg', 'south-site', 'experienced', false),
  warehouse(26, 'olga.ivanova', 'south-site', 'experienced', false),
  warehouse(27, 'paul.martin', 'south-site', 'new', false, '2026-11-09'),
  warehouse(28, 'quinn.fischer', null, 'experienced', true),
  ...['rosa.lopez', 'sven.nilsson', 'tara.singh'].map((login, index): CastMember => ({
    uid: 29 + index,
    login,
    job: 'accounting',
    cohort: { role: 'accounting', team: 'finance', tenure: 'experienced' },
    tenure: 'experienced',
  })),
  ...['ugo.ricci', 'vera.koch', 'will.evans', 'xenia.popova', 'yusuf.demir'].map(
    (login, index): CastMember => {
      const tenure = index === 4 ? 'new' : 'experienced';
      return {
        uid: 32 + index,
        login,
        job: 'sales',
        cohort: { role: 'sales', team: 'office', tenure },
        tenure,
      };
    },
  ),
];
