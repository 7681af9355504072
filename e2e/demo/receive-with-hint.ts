import { sleep } from '../corpus/persona.ts';
import { waitForHint } from '../support/hint-view.ts';
import type { PersonaContext } from './personas.ts';

/** The receipt nobody has counted yet (`UNCOUNTED_RECEIPT` of the sandbox's seed). */
export const UNCOUNTED = 'WH/IN/00020';

const VALIDATE = '.o_statusbar_buttons button[name=button_validate]';

/**
 * A newcomer opens a receipt whose quantities are not set, rests on Validate, moves away, comes
 * back and leaves again: a hover-backtrack. The extension shows the hint colleagues' receipts
 * suggest; the newcomer follows it, sets the quantity and validates. Returns what the hint said.
 */
export async function receiveWithHint({ user }: PersonaContext): Promise<string> {
  const { page } = user;
  await user.openApp('stock.menu_stock_root');
  await user.openMenu('stock.menu_stock_warehouse_mgmt', 'stock.in_picking');
  await user.openRecord(UNCOUNTED);

  await page.hover(VALIDATE);
  await sleep(800);
  await page.mouse.move(5, 880, { steps: 2 });
  await sleep(200);
  await page.hover(VALIDATE);
  await sleep(600);
  await page.mouse.move(5, 880, { steps: 2 });

  const { hint, waitedMs } = await waitForHint(page);
  await user.type('td[name=quantity] input', '5');
  await user.click(VALIDATE);
  await user.waitForState('done');
  return `hint after ${(waitedMs / 1000).toFixed(1)} s: "${hint.title}" — ${hint.body}`;
}
