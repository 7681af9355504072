import type { SessionBuilder } from '../../core/flows/session-builder.ts';
import { BUG_DAY, TRAINING_DAY } from './calendar.ts';
import type { CastMember } from './cast.ts';
import type { Outcome } from './leave.ts';
import { openBills, salesOrder, vendorBill, type BillWay } from './office-tasks.ts';
import type { Random } from './random.ts';
import { MENUS, ORDERS } from './screens.ts';
import {
  delivery,
  EXPERIENCED,
  openInventory,
  putaway,
  receipt,
  TRAINED,
  UNTRAINED,
} from './warehouse-tasks.ts';

/**
 * One session of one user: the tasks of their job that day, in the order the day goes (goods
 * in, put away, goods out; bills one after another; orders one after another), with time away
 * between them, until the tasks run out or something makes the user leave.
 */

/** Chance that an accountant's last bill of a session goes to a spreadsheet. */
const BILL_WORKAROUND = 0.75;

/** Of those, the share exported to be imported back (the rest after Odoo refused to save). */
const BILL_REIMPORT = 0.65;

/** Chance that a sales person is unsure in the invoice wizard: new, experienced. */
const UNSURE_NEW = 0.45;
const UNSURE_EXPERIENCED = 0.2;

/** One task: after `awayMs` away from the screen, it runs and ends done or with the user gone. */
type Task = (awayMs: number) => Outcome;

/** Runs `member`'s session of `day` into `b`. */
export function runSession(b: SessionBuilder, r: Random, member: CastMember, day: string): void {
  const tasks =
    member.job === 'warehouse'
      ? warehouseTasks(b, r, member, day)
      : member.job === 'accounting'
        ? accountingTasks(b, r)
        : salesTasks(b, r, member);
  for (const [index, task] of tasks.entries()) {
    const awayMs = index === 0 ? r.ms(1000, 3000) : r.ms(60_000, 360_000);
    if (task(awayMs) === 'left') return;
  }
}

function warehouseTasks(b: SessionBuilder, r: Random, member: CastMember, day: string): Task[] {
  const habits =
    member.tenure === 'experienced' ? EXPERIENCED : day >= TRAINING_DAY ? TRAINED : UNTRAINED;
  // The south site's newcomer only receives and delivers so far; the north's put away a lot.
  const putaways = member.startsOn
    ? 0
    : member.tenure === 'new'
      ? r.int(1, 2)
      : Number(r.chance(0.6));
  const inInventory =
    (task: () => Outcome): Task =>
    (awayMs) => {
      openInventory(b, r, awayMs);
      return task();
    };
  return [
    ...repeat(
      r.int(1, 2),
      inInventory(() => receipt(b, r)),
    ),
    ...repeat(
      putaways,
      inInventory(() => putaway(b, r, habits)),
    ),
    ...repeat(
      r.int(1, 2),
      inInventory(() => delivery(b, r, day >= BUG_DAY)),
    ),
  ];
}

function accountingTasks(b: SessionBuilder, r: Random): Task[] {
  const count = r.int(1, 2);
  return Array.from({ length: count }, (_, index): Task => (awayMs) => {
    const way: BillWay =
      index < count - 1 || !r.chance(BILL_WORKAROUND)
        ? 'in_odoo'
        : r.chance(BILL_REIMPORT)
          ? 'export_import'
          : 'export_after_refusal';
    if (index === 0) openBills(b, r, awayMs);
    // An export within ten minutes of a paid bill would count against that bill too (the
    // abandon window of the workaround detector): the spreadsheet comes after a break.
    else b.wait(way === 'in_odoo' ? Math.round(awayMs / 4) : r.ms(12 * 60_000, 20 * 60_000));
    return vendorBill(b, r, way);
  });
}

function salesTasks(b: SessionBuilder, r: Random, member: CastMember): Task[] {
  const unsure = member.tenure === 'new' ? UNSURE_NEW : UNSURE_EXPERIENCED;
  return Array.from({ length: r.int(1, 2) }, (_, index): Task => (awayMs) => {
    if (index === 0) {
      b.wait(awayMs).app(MENUS.sales).soon(40).go(ORDERS, 'app_switch');
      b.wait(r.ms(800, 2000)).menu(MENUS.quotations).soon(40).go(ORDERS, 'menu');
    } else b.wait(Math.round(awayMs / 4));
    return salesOrder(b, r, unsure);
  });
}

function repeat<T>(count: number, item: T): T[] {
  return Array.from({ length: count }, () => item);
}
