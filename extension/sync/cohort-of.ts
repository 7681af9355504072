import type { Cohort } from '../../core/sync/schema.ts';
import type { Config } from '../config/schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The cohort rows of `day` carry: role and team as IT set them, tenure from the day the user
 * started in Odoo. Without a start day tenure stays unknown; the backend then infers it.
 */
export function cohortOf(config: Pick<Config, 'cohort' | 'newUserDays'>, day: string): Cohort {
  const { role = null, team = null, userSince } = config.cohort ?? {};
  let tenure: Cohort['tenure'] = null;
  if (userSince) {
    const days = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${userSince}T00:00:00Z`)) / DAY_MS;
    tenure = days < config.newUserDays ? 'new' : 'experienced';
  }
  return { role, team, tenure };
}
