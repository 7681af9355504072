import type { SignalKind } from '../detect/types.ts';
import type { HintSource } from '../events/schema.ts';
import type { GoldenPath, PathStep } from '../flows/schema.ts';
import type { HintPack, PackFix, PackIncident, PackStep } from './pack.ts';

/**
 * Chooses the one hint to show a user stuck at a step of a golden path, and words it. Advice
 * comes from the user's own earlier successful attempts first, then from the organisation's hint
 * pack, then from the help written into the path. After an error Odoo showed, the hint speaks to
 * that error: how colleagues fixed it, or, when it is a known incident, that it is not the
 * user's doing.
 */

/** What made a hint worth showing: a hesitation signal, or an error dialog. */
export type HintTrigger = SignalKind | 'error';

export interface HintRequest {
  path: GoldenPath;
  /** The step of the attempt the user is at. */
  step: string;
  trigger: HintTrigger;
  /** The error met, for `trigger: 'error'`: its dialog kind and the button it answered. */
  error?: { kind: string; button: string } | null;
  /** Built from this user's own attempts. */
  local: HintPack | null;
  /** The organisation's, from the backend. */
  pack: HintPack | null;
  /**
   * The label the page shows for a button or field, read where the hint is shown and never
   * stored; the technical name is used when it returns null.
   */
  labelOf?: (kind: 'button' | 'field', name: string) => string | null;
}

/** What on the page a hint points at: the first of these that is on screen. */
export interface HintTarget {
  buttons: string[];
  fields: string[];
  /** The notebook page holding the fields, pointed at while another page is open. */
  tab: string | null;
  menus: string[];
}

export interface Hint {
  path: string;
  version: number;
  /** The step the user is at. */
  step: string;
  /** The step the hint points at; null for a known incident. */
  next: string | null;
  source: HintSource;
  kind: 'next_step' | 'fix' | 'incident';
  title: string;
  body: string;
  /** Null when nothing on the page can be pointed at: the hint is shown on its own. */
  target: HintTarget | null;
}

/** A share of attempts above which "most colleagues" is true. */
const MOST = 0.5;

/** The hint for the request, or null when no source has anything to say about the step. */
export function chooseHint(request: HintRequest): Hint | null {
  const { path, step } = request;
  if (!path.steps.some((candidate) => candidate.id === step)) return null;
  // After an error nobody's history explains, the path's next step would be the wrong advice:
  // the user must first get past what Odoo refused. No hint beats a misleading one.
  if (request.trigger === 'error' && request.error) return errorHint(request, request.error);
  return nextStepHint(request, 'local') ?? nextStepHint(request, 'pack') ?? helpHint(request);
}

function errorHint(request: HintRequest, error: { kind: string; button: string }): Hint | null {
  const incident = request.pack?.incidents.find(
    (found) =>
      found.path === request.path.id &&
      found.step === request.step &&
      found.kind === error.kind &&
      found.button === error.button,
  );
  if (incident) return incidentHint(request, incident);

  for (const source of ['local', 'pack'] as const) {
    const fix = packStep(request, source)?.fixes.find(
      (found) => found.kind === error.kind && found.button === error.button,
    );
    if (fix) return fixHint(request, source, fix);
  }
  return null;
}

function incidentHint(request: HintRequest, incident: PackIncident): Hint {
  const button = label(request, 'button', incident.button);
  const users = incident.users === 1 ? 'colleague' : 'colleagues';
  return {
    ...about(request),
    next: null,
    source: 'pack',
    kind: 'incident',
    title: 'This is a known problem',
    body:
      `${incident.users} ${users} met this error on ${button} since ${formatDay(incident.since)}. ` +
      'It is not something you did wrong: let your Odoo contact know it happened again.',
    target: null,
  };
}

function fixHint(request: HintRequest, source: 'local' | 'pack', fix: PackFix): Hint {
  const field = label(request, 'field', fix.fix);
  const button = label(request, 'button', fix.button);
  const step = stepWithField(request.path, fix.fix);
  const body =
    source === 'local'
      ? `Last time this error came up here, you filled in ${field}, then clicked ${button} again.`
      : `Colleagues who got this error filled in ${field}, then clicked ${button} again: ` +
        `${fix.attempts} of ${fix.of} times.`;
  return {
    ...about(request),
    next: step?.id ?? null,
    source,
    kind: 'fix',
    title: `Fill in ${field}`,
    body,
    target: { buttons: [], fields: [fix.fix], tab: step?.tab ?? null, menus: [] },
  };
}

function nextStepHint(request: HintRequest, source: 'local' | 'pack'): Hint | null {
  const found = packStep(request, source);
  const best = found?.next[0];
  if (!found || !best) return null;
  const next = stepById(request.path, best.step);
  if (!next) return null;

  const then = best.then ? stepById(request.path, best.then) : null;
  const route = then ? `“${next.name}”, then “${then.name}”` : `“${next.name}”`;
  let body: string;
  if (source === 'local') body = `Last time you went on to ${route} from here.`;
  else {
    const most =
      best.attempts / found.completed > MOST ? 'Most colleagues' : 'Colleagues most often';
    body =
      `${most} went on to ${route} from here: ${best.attempts} of ${found.completed} ` +
      `completed “${request.path.name}”.`;
  }
  return {
    ...about(request),
    next: next.id,
    source,
    kind: 'next_step',
    title: `Next: ${next.name}`,
    body,
    target: targetOf(next),
  };
}

/** The path's own help for the step after the current one. */
function helpHint(request: HintRequest): Hint | null {
  const index = request.path.steps.findIndex((step) => step.id === request.step);
  const next = request.path.steps[index + 1];
  if (!next) return null;
  return {
    ...about(request),
    next: next.id,
    source: 'help',
    kind: 'next_step',
    title: `Next: ${next.name}`,
    body: next.help,
    target: targetOf(next),
  };
}

function about(request: HintRequest): Pick<Hint, 'path' | 'version' | 'step'> {
  return { path: request.path.id, version: request.path.version, step: request.step };
}

function packStep(request: HintRequest, source: 'local' | 'pack'): PackStep | null {
  const pack = source === 'local' ? request.local : request.pack;
  const path = pack?.paths.find(
    (candidate) => candidate.path === request.path.id && candidate.version === request.path.version,
  );
  return path?.steps.find((candidate) => candidate.step === request.step) ?? null;
}

/** Where a step's action is done: its buttons, fields, tab and menus. */
export function targetOf(step: PathStep): HintTarget | null {
  const list = (names: string | string[] | undefined) =>
    names === undefined ? [] : typeof names === 'string' ? [names] : names;
  const target: HintTarget = {
    buttons: list(step.match.button),
    fields: list(step.match.field),
    tab: step.tab ?? null,
    menus: list(step.match.menu),
  };
  const empty =
    target.buttons.length + target.fields.length + target.menus.length === 0 && !target.tab;
  return empty ? null : target;
}

function stepById(path: GoldenPath, id: string): PathStep | null {
  return path.steps.find((step) => step.id === id) ?? null;
}

function stepWithField(path: GoldenPath, field: string): PathStep | null {
  return path.steps.find((step) => targetOf(step)?.fields.includes(field)) ?? null;
}

function label(request: HintRequest, kind: 'button' | 'field', name: string): string {
  const shown = request.labelOf?.(kind, name);
  return shown ? `“${shown}”` : `“${name}”`;
}

function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
