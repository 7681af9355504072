import type { SessionBuilder } from '../../core/flows/session-builder.ts';
import type { Random } from './random.ts';
import { DISCUSS, MENUS } from './screens.ts';

/** How a task ends: the job done, or the user gone (after which their session ends). */
export type Outcome = 'done' | 'left';

/** The user leaves for Discuss (to ask someone, or done for now); the session ends. */
export function leave(b: SessionBuilder, r: Random): 'left' {
  b.wait(r.ms(2000, 6000)).app(MENUS.discuss).soon(40).go(DISCUSS, 'app_switch');
  return 'left';
}
