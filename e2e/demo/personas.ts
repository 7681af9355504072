import type { LaunchedBrowser } from '../support/launch.ts';
import type { OdooVariant, SimulatedUser } from '../support/simulated-user.ts';
import { receiveWithHint } from './receive-with-hint.ts';

/** What a persona's script is given. */
export interface PersonaContext {
  user: SimulatedUser;
  launched: LaunchedBrowser;
}

/** One simulated colleague of the demo: who, on which Odoo, doing what. */
export interface DemoPersona {
  login: string;
  variant: OdooVariant;
  job: string;
  /** Does the job; may return a note for the progress line (what the hint said, say). */
  run(context: PersonaContext): Promise<string | void>;
}

/**
 * The colleagues the demo drives through the sandbox with the real extension: receipts with and
 * without a backorder, sales orders through invoice to payment, in both Odoo variants, and one
 * newcomer who hesitates over Validate and gets a hint from what colleagues did.
 */
export const DEMO_PERSONAS: readonly DemoPersona[] = [
  {
    login: 'ana',
    variant: 18,
    job: 'receives goods',
    run: ({ user }) => user.receiveGoods({ backorder: false }),
  },
  {
    login: 'ben',
    variant: 18,
    job: 'receives part of a delivery and creates a backorder',
    run: ({ user }) => user.receiveGoods({ backorder: true }),
  },
  {
    login: 'chloe',
    variant: 18,
    job: 'takes a quotation through invoice to payment',
    run: ({ user }) => user.orderToPayment('S00001'),
  },
  {
    login: 'dev',
    variant: 17,
    job: 'receives goods',
    run: ({ user }) => user.receiveGoods({ backorder: false }),
  },
  {
    login: 'eve',
    variant: 17,
    job: 'takes a quotation through invoice to payment',
    run: ({ user }) => user.orderToPayment('S00001'),
  },
  {
    login: 'femi',
    variant: 18,
    job: 'is new to receiving and hesitates over Validate',
    run: receiveWithHint,
  },
];
