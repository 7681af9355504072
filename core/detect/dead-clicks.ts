import type { Target, TargetRole } from '../events/schema.ts';
import { between, bySession, signal, targetKey } from './events.ts';
import type { DetectEvent, Detector, EventOf, Signal } from './types.ts';

/** Roles whose answer is a value inside the page, which capture does not watch for. */
const VALUE_ROLES: ReadonlySet<TargetRole> = new Set(['field', 'stepper', 'toggle', 'priority']);

/** Print, report and export buttons and menu entries: a download or a popup is their answer. */
const DOWNLOADS = /print|report|export|download|pdf|xlsx|csv/i;

/**
 * Dead click: an enabled click capture saw nothing answer (`no_effect`). Not dead, whatever
 * capture saw: print, report and export clicks (the file or its tab is the answer), a click on
 * a dialog's backdrop that closed it, a click followed by a copy, a file chooser that led to a
 * chosen file, and any click answered within the window by Odoo's loading indicator or block
 * UI, a navigation, a dialog or a notification. Dead clicks on one target in quick succession
 * are one signal.
 */
export const detectDeadClicks: Detector = (events, { thresholds }) => {
  const signals: Signal[] = [];
  for (const session of bySession(events)) {
    let last: { key: string; t: number; signal: Signal } | null = null;
    for (const silent of session.filter(
      (event): event is EventOf<'no_effect'> => event.type === 'no_effect',
    )) {
      const click = session.find(
        (event): event is EventOf<'click'> => event.type === 'click' && event.t === silent.clickT,
      );
      if (!click || !isDead(click, session, thresholds)) continue;

      const key = targetKey(click.target);
      if (last && last.key === key && click.t - last.t <= thresholds.deadClickWindowMs) {
        last.signal.evidence.clicks = Number(last.signal.evidence.clicks) + 1;
        last.t = click.t;
        continue;
      }
      const raised = signal('dead_click', { ...silent, screen: click.screen }, click.target, {
        clicks: 1,
        windowMs: silent.windowMs,
      });
      signals.push(raised);
      last = { key, t: click.t, signal: raised };
    }
  }
  return signals;
};

function isDead(
  click: EventOf<'click'>,
  session: readonly DetectEvent[],
  thresholds: { deadClickWindowMs: number; downloadAnswerMs: number },
): boolean {
  const { target } = click;
  if (target.disabled || target.covered || VALUE_ROLES.has(target.role)) return false;
  if (isDownloadTarget(target)) return false;

  const soon = between(session, click.t, click.t + thresholds.deadClickWindowMs);
  if (soon.some(answers)) return false;

  const later = between(session, click.t, click.t + thresholds.downloadAnswerMs);
  return !later.some(
    (event) =>
      event.type === 'download' || (event.type === 'import' && event.step === 'file_chosen'),
  );
}

function isDownloadTarget(target: Target): boolean {
  return [target.name, target.label].some((text) => text !== null && DOWNLOADS.test(text));
}

/** Events that show the page reacted to a click. */
function answers(event: DetectEvent): boolean {
  switch (event.type) {
    case 'page':
      return event.state === 'loading' || event.state === 'blocked';
    case 'navigate':
    case 'dialog_open':
    case 'dialog_close':
    case 'notification':
    case 'copy':
    case 'download':
    case 'export':
    case 'import':
      return true;
    case 'field':
      return event.action === 'focus';
    default:
      return false;
  }
}
