import { analysisInput } from '../testing/analysis-input.ts';
import { attemptRow, userPseudonym } from '../testing/attempt-rows.ts';
import type { AttemptRow, AttemptStepRow, Cohort } from '../sync/schema.ts';
import type { AnalysisInput } from './types.ts';

/**
 * A small organisation for the review, answer and rendering tests, over 2026-W47 and 2026-W48:
 * Validate on deliveries fails with a server error from Wed 2026-11-25 for everyone; new
 * operators hesitate at putaway's storage location while experienced ones do not; accountants
 * export and re-import vendor bills. One sales user forms a cohort too small to show.
 */

const EXPERIENCED: Cohort = { role: 'warehouse', team: 'north-site', tenure: 'experienced' };
const NEW: Cohort = { role: 'warehouse', team: 'north-site', tenure: 'new' };
const ACCOUNTING: Cohort = { role: 'accounting', team: 'finance', tenure: 'experienced' };
const SALES: Cohort = { role: 'sales', team: 'office', tenure: 'new' };

/** Users 1–4 experienced operators, 5–7 new operators, 8–10 accountants, 11 sales. */
export const OPERATORS = [1, 2, 3, 4];
export const NEW_OPERATORS = [5, 6, 7];
export const ACCOUNTANTS = [8, 9, 10];

const DAYS_W47 = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'];
const DAYS_W48 = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
const BROKEN_FROM = '2026-11-25';

const DELIVERY = ['delivery-form', 'quantities', 'validate', 'done'];
const PUTAWAY = ['detailed-operations', 'destination', 'validate', 'done'];
const BILL = ['bill-draft', 'post', 'posted', 'payment-wizard', 'paid'];

/** The organisation; `extra` adds to it (interventions, settings). */
export function smallOrganisation(extra: Partial<AnalysisInput> = {}): AnalysisInput {
  const attempts: AttemptRow[] = [];
  const add = (
    n: number,
    cohort: Cohort,
    day: string,
    path: string,
    steps: (string | Partial<AttemptStepRow>)[],
    fields: Partial<AttemptRow> = {},
  ) => attempts.push(attemptRow({ user: userPseudonym(n), cohort, day, path, ...fields }, steps));

  for (const day of [...DAYS_W47, ...DAYS_W48]) {
    for (const n of [...OPERATORS, ...NEW_OPERATORS]) {
      const cohort = NEW_OPERATORS.includes(n) ? NEW : EXPERIENCED;
      if (day < BROKEN_FROM) add(n, cohort, day, 'inventory.delivery', DELIVERY, { version: 1 });
      else {
        add(n, cohort, day, 'inventory.delivery', [...DELIVERY.slice(0, 2), brokenValidate()], {
          version: 1,
          status: 'abandoned',
          endReason: 'session_ended',
        });
      }

      const hesitant = NEW_OPERATORS.includes(n);
      add(
        n,
        cohort,
        day,
        'inventory.putaway',
        [
          PUTAWAY[0]!,
          {
            step: 'destination',
            visits: hesitant ? 2 : 1,
            hesitantVisits: hesitant ? 2 : 0,
            signals: hesitant ? { pause: 2, loop: 1 } : {},
          },
          ...PUTAWAY.slice(2),
        ],
        { version: 1, durationMs: hesitant ? 90_000 : 30_000 },
      );
    }
    for (const n of ACCOUNTANTS) {
      add(n, ACCOUNTING, day, 'accounting.vendor-bill', BILL, { version: 1 });
      add(
        n,
        ACCOUNTING,
        day,
        'accounting.vendor-bill',
        [{ step: 'bill-draft', signals: { workaround: 1 } }],
        {
          version: 1,
          status: 'abandoned',
          endReason: 'session_ended',
          workaround: true,
        },
      );
    }
    add(11, SALES, day, 'sales.order-to-payment', ['quotation', 'confirm', 'order'], {
      version: 2,
    });
  }
  return analysisInput(attempts, extra);
}

function brokenValidate(): Partial<AttemptStepRow> {
  return {
    step: 'validate',
    visits: 1,
    hesitantVisits: 1,
    signals: { error: 2, retry: 1, dead_click: 1 },
    errors: [{ kind: 'server_error', button: 'button_validate', fix: null, count: 2 }],
  };
}
