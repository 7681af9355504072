import type { IsoWeek } from '../../core/analysis/index.ts';

/** The scenario's six weeks and the days its stories turn on. */

export const SCENARIO_WEEKS: readonly IsoWeek[] = [
  '2026-W44',
  '2026-W45',
  '2026-W46',
  '2026-W47',
  '2026-W48',
  '2026-W49',
];

/** The go-live Monday and the last Friday of the scenario. */
export const FIRST_DAY = '2026-10-26';
export const LAST_DAY = '2026-12-04';

/** The Wednesday a module update broke Validate on deliveries. */
export const BUG_DAY = '2026-11-18';

/** The Monday the new operators were trained on putaway. */
export const TRAINING_DAY = '2026-11-30';

/** Monday to Friday from `from` to `to`. */
export function workdays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`);) {
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(ms).toISOString().slice(0, 10));
    ms += 86_400_000;
  }
  return days;
}
