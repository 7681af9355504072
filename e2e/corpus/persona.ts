import type { Page } from 'puppeteer-core';

import { SimulatedUser, type OdooVariant } from '../support/simulated-user.ts';

/** Which sandbox a scenario runs on: button calls of 300–600 ms, 4 s or 12 s. */
export type Speed = 'normal' | 'slow' | 'very_slow';

/** A scripted user with the moves the corpus needs beyond `SimulatedUser`. */
export class Persona extends SimulatedUser {
  constructor(page: Page, sandboxUrl: string, login: string, variant: OdooVariant) {
    super(page, sandboxUrl, login, variant);
  }

  /** Opens a URL of the sandbox directly and waits for `ready`. */
  async open(pathname: string, ready: string): Promise<void> {
    await this.page.goto(`${this.sandboxUrl}${pathname}`);
    await this.page.waitForSelector(ready);
    await sleep(300);
  }

  /** Clicks the middle of an element with the mouse, even when it is disabled. */
  async press(selector: string, count = 1): Promise<void> {
    const box = await (await this.page.waitForSelector(selector))!.boundingBox();
    if (!box) throw new Error(`${selector} is not visible`);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { count });
  }

  /** Clicks `selector` `times` times, `gapMs` apart, with the mouse. */
  async pressRepeatedly(selector: string, times: number, gapMs: number): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await this.press(selector);
      if (i < times - 1) await sleep(gapMs);
    }
  }

  /** Rests the pointer on `selector` for `ms`, then moves it to an empty corner. */
  async dwell(selector: string, ms: number): Promise<void> {
    await this.page.hover(selector);
    await sleep(ms);
    await this.away();
  }

  /** Moves the pointer to the bottom left corner, where nothing is actionable. */
  async away(): Promise<void> {
    await this.page.mouse.move(5, 880, { steps: 2 });
    await sleep(200);
  }

  async back(): Promise<void> {
    await this.click('.o_breadcrumb li.o_back_button a');
    await this.page.waitForSelector('.o_list_view');
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
