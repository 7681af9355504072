import type { CDPSession, Page } from 'puppeteer-core';

/**
 * Reads the hint the extension shows on a page. The hint lives in a closed shadow root, which
 * page scripts (and puppeteer's selectors) cannot enter; the DevTools protocol can: the document
 * is read with `pierce`, and the shadow root is handed to a function that reports what is there.
 */

/** A box on the page, in CSS pixels of the viewport. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the hint shows, where it is, and what it is anchored to. */
export interface HintView {
  title: string;
  body: string;
  /** `button`, `field`, `tab`, `menu`, or `none` when docked without a target. */
  anchor: string;
  docked: boolean;
  /** Where the card sits relative to its target: `bottom`, `top`, ... */
  side: string | null;
  /** False during the moment the card is on the page but not yet filled. */
  ready: boolean;
  /** The card's computed opacity: 1 once it has faded in. */
  opacity: number;
  card: Box;
  arrow: Box;
  /** The card's buttons by their action: `got_it`, `not_helpful`, `snooze`, `dismiss`. */
  buttons: Record<string, Box>;
  /** The live region's role and politeness. */
  role: string | null;
  live: string | null;
}

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** The hint on `page` now, or null when there is no hint host. */
export function readHint(page: Page): Promise<HintView | null> {
  return inHintRoot<HintView>(
    page,
    `function () {
      const box = (element) => {
        if (!element) return { x: 0, y: 0, width: 0, height: 0 };
        const r = element.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const card = this.querySelector('.card');
      if (!card) return null;
      const status = card.querySelector('[role=status]');
      const buttons = {};
      for (const button of card.querySelectorAll('button[data-action]')) {
        buttons[button.dataset.action] = box(button);
      }
      return {
        title: card.querySelector('.title')?.textContent ?? '',
        body: card.querySelector('.body')?.textContent ?? '',
        anchor: card.dataset.anchor ?? 'none',
        docked: card.dataset.docked === 'true',
        side: card.dataset.side ?? null,
        ready: card.dataset.ready === 'true',
        opacity: Number(getComputedStyle(card).opacity),
        card: box(card),
        arrow: box(card.querySelector('.arrow')),
        buttons,
        role: status?.getAttribute('role') ?? null,
        live: status?.getAttribute('aria-live') ?? null,
      };
    }`,
  );
}

/** The hint's button that has focus (its `data-action`) and its outline style, or null. */
export function hintFocus(page: Page): Promise<{ action: string; outline: string } | null> {
  return inHintRoot(
    page,
    `function () {
      const focused = this.activeElement;
      if (!focused) return null;
      return { action: focused.dataset.action ?? '', outline: getComputedStyle(focused).outlineStyle };
    }`,
  );
}

/**
 * Waits for a hint filled, anchored (or docked) and faded in; `until` may ask more of it.
 * Returns it and the wait.
 */
export async function waitForHint(
  page: Page,
  until: (hint: HintView) => boolean = () => true,
  timeoutMs = 5000,
): Promise<{ hint: HintView; waitedMs: number }> {
  const started = Date.now();
  for (;;) {
    const hint = await readHint(page);
    const placed = hint && hint.ready && (hint.docked || hint.anchor !== 'none');
    if (placed && hint.opacity === 1 && until(hint)) {
      return { hint, waitedMs: Date.now() - started };
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `no hint as expected within ${timeoutMs} ms; last seen: ${JSON.stringify(hint)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Clicks one of the hint's buttons with the mouse, as a person would. */
export async function clickHintButton(page: Page, action: string): Promise<void> {
  const hint = await readHint(page);
  const button = hint?.buttons[action];
  if (!button) throw new Error(`the hint has no ${action} button`);
  await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
}

/** The box of the first element matching `selector` that takes space on the page. */
export async function boxOf(page: Page, selector: string): Promise<Box> {
  return page.$$eval(selector, (elements) => {
    const shown = elements.find((element) => element.getClientRects().length > 0);
    if (!shown) throw new Error('no visible element');
    const r = shown.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** True when two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The gap between two boxes that do not overlap, in px (0 when they touch or overlap). */
export function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/**
 * Records in the page whether a hint host ever appeared, from now on: the page's own scripts see
 * the host element (not what is inside it). Read it with `hintHostSeen`.
 */
export async function watchForHintHost(page: Page): Promise<void> {
  await page.evaluate(() => {
    const flag = window as unknown as { hintHostSeen?: boolean };
    flag.hintHostSeen = document.querySelector('pathlight-hint') !== null;
    new MutationObserver(() => {
      if (document.querySelector('pathlight-hint')) flag.hintHostSeen = true;
    }).observe(document.documentElement, { childList: true });
  });
}

export async function hintHostSeen(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (window as unknown as { hintHostSeen?: boolean }).hintHostSeen === true,
  );
}

/** Runs `functionDeclaration` with the hint's shadow root as `this`; null without a host. */
async function inHintRoot<T>(page: Page, functionDeclaration: string): Promise<T | null> {
  const session = await sessionOf(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const host = findNode(root, (node) => node.localName === 'pathlight-hint');
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return null;

  const { object } = await session.send('DOM.resolveNode', { nodeId: shadow.nodeId });
  const { result } = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    returnByValue: true,
    functionDeclaration,
  });
  return (result.value as T | null) ?? null;
}

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.createCDPSession();
    sessions.set(page, session);
  }
  return session;
}

function findNode(node: DomNode, test: (node: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}
