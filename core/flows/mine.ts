import type { CapturedEvent } from '../events/schema.ts';
import type { SessionEvent } from './match.ts';
import { goldenPathSchema, type GoldenPath, type StepMatch } from './schema.ts';

/**
 * Proposes golden paths from what users do. Each session is cut into cases where the user
 * starts something new (a menu or another app); a case is successful when it ends a job: a
 * record's state moves (Validate makes a receipt `done`) or a wizard's primary button is
 * clicked (Create Payment). Successful cases are grouped by that goal, their activity
 * sequences counted as variants, and the most frequent variant of each goal becomes a draft
 * path for a partner to review, name and give help texts.
 */

/** Variants below this share of their goal's cases are left out of the output. */
export const MIN_VARIANT_SHARE = 0.2;

/** Goals reached in fewer cases than this give no draft: one run is not a habit. */
export const MIN_GOAL_CASES = 2;

export interface MineOptions {
  minShare?: number;
  minCases?: number;
}

/** One thing a user did that can be a step: a screen reached, or a button clicked there. */
interface Activity {
  label: string;
  match: StepMatch;
}

export interface Variant {
  count: number;
  /** Of the goal's cases. */
  share: number;
  activities: string[];
}

export interface Goal {
  goal: string;
  cases: number;
  variants: Variant[];
}

export interface MinedPaths {
  cases: number;
  successful: number;
  /** The directly-follows graph of the successful cases: how often one activity led to another. */
  graph: { from: string; to: string; count: number }[];
  goals: Goal[];
  /** One draft per goal with enough cases, valid golden paths to edit. */
  drafts: GoldenPath[];
}

interface Found {
  goal: string | null;
  activities: Activity[];
  versions: Set<number>;
}

interface Case {
  goal: string;
  activities: Activity[];
  versions: Set<number>;
}

export function minePaths(events: readonly SessionEvent[], options: MineOptions = {}): MinedPaths {
  const minShare = options.minShare ?? MIN_VARIANT_SHARE;
  const minCases = options.minCases ?? MIN_GOAL_CASES;

  let total = 0;
  const successful: Case[] = [];
  for (const sessionEvents of bySession(events)) {
    for (const found of casesOf(sessionEvents)) {
      total += 1;
      if (found.goal) successful.push(found as Case);
    }
  }

  const goals: Goal[] = [];
  const drafts: GoldenPath[] = [];
  for (const [goal, cases] of groupBy(successful, (c) => c.goal)) {
    // Variants are told apart by what users did (the buttons, in order); the screens between
    // them vary with the Odoo version and with how a screen was reached.
    const variants = [...groupBy(cases, actionsOf)]
      .map(([, same]) => ({
        count: same.length,
        share: round(same.length / cases.length),
        sample: typicalOf(same),
        // The draft covers every version its variant was seen on, not only the sample's.
        versions: [...new Set(same.flatMap((found) => [...found.versions]))].sort((a, b) => a - b),
      }))
      .sort((a, b) => b.count - a.count || a.sample.activities.length - b.sample.activities.length);
    goals.push({
      goal,
      cases: cases.length,
      variants: variants
        .filter((variant) => variant.share >= minShare)
        .map(({ count, share, sample }) => ({
          count,
          share,
          activities: sample.activities.map((a) => a.label),
        })),
    });
    const top = variants[0]!;
    if (cases.length >= minCases && top.share >= minShare && top.sample.activities.length >= 2) {
      drafts.push(draftOf(goal, top, cases.length));
    }
  }

  goals.sort((a, b) => b.cases - a.cases);
  return { cases: total, successful: successful.length, graph: graphOf(successful), goals, drafts };
}

/** A session's cases, each with its goal (or none) and its activities up to the goal. */
function casesOf(events: readonly CapturedEvent[]): Found[] {
  const cases: ReturnType<typeof newCase>[] = [];
  let current = newCase(null);
  let menu: string | null = null;
  let previousScreen = '';

  for (const event of events) {
    if (event.type === 'navigate' && (event.kind === 'menu' || event.kind === 'app_switch')) {
      cases.push(current);
      current = newCase(event.kind === 'menu' ? menu : null);
    }
    if (event.type === 'click' && (event.target.role === 'menu' || event.target.role === 'app')) {
      menu = event.target.menu ?? menu;
    }
    if (event.screen.version !== null) current.versions.add(event.screen.version);

    const screen = screenActivity(event, current.entryMenu);
    if (screen && screen.label !== previousScreen && isScreenChange(event)) current.push(screen);
    if (screen) previousScreen = screen.label;
    if (event.type === 'state' && event.screen.model) {
      current.reach(`${event.screen.model} ${event.screen.state}`);
    }

    const button = buttonActivity(event);
    if (button) {
      current.push(button);
      const { dialog } = event.screen;
      const wizardDone =
        event.type === 'click' &&
        dialog?.kind === 'wizard' &&
        dialog.model &&
        event.target.role === 'primary_action';
      if (wizardDone) current.reach(`${dialog.model} ${event.target.name}`);
    }
  }
  cases.push(current);
  return cases.map(({ goal, activities, goalAt, versions, entryMenu }) => ({
    goal: goal && (entryMenu ? `${goal} (from ${entryMenu})` : goal),
    activities: activities.slice(0, goalAt),
    versions,
  }));
}

function newCase(entryMenu: string | null) {
  const activities: Activity[] = [];
  return {
    entryMenu,
    activities,
    versions: new Set<number>(),
    goal: null as string | null,
    goalAt: 0,
    push(activity: Activity) {
      if (activities[activities.length - 1]?.label !== activity.label) activities.push(activity);
    },
    reach(goal: string) {
      this.goal = goal;
      this.goalAt = activities.length;
    },
  };
}

function isScreenChange(event: CapturedEvent): boolean {
  return (
    event.type === 'navigate' ||
    event.type === 'state' ||
    event.type === 'dialog_open' ||
    event.type === 'dialog_close'
  );
}

function screenActivity(event: CapturedEvent, entryMenu: string | null): Activity | null {
  const { model, viewType, state, dialog } = event.screen;
  if (dialog?.kind === 'wizard' && dialog.model)
    return { label: `dialog ${dialog.model}`, match: { dialog: dialog.model } };
  if (dialog || !model || !viewType) return null;
  const match: StepMatch = { model, viewType, ...(state ? { state } : {}) };
  // The first screens of a case keep the menu it was opened from: receipts and deliveries
  // share their model and views.
  if (entryMenu && !state) match.menu = entryMenu;
  return { label: [model, viewType, state].filter(Boolean).join(' '), match };
}

function buttonActivity(event: CapturedEvent): Activity | null {
  if (event.type !== 'click') return null;
  const { role, name } = event.target;
  if (role !== 'primary_action' && role !== 'secondary_action') return null;
  // Buttons of type action are named by their database id, which differs between databases.
  if (!name || /^\d+$/.test(name)) return null;
  const where = event.screen.dialog?.model
    ? { dialog: event.screen.dialog.model }
    : event.screen.model
      ? { model: event.screen.model }
      : {};
  return { label: `click ${name}`, match: { ...where, button: name } };
}

/** A draft from the top variant of a goal: its sample's steps, all its cases' versions. */
function draftOf(
  goal: string,
  { sample, count, versions }: { sample: Case; count: number; versions: number[] },
  cases: number,
): GoldenPath {
  const model = sample.activities.find((activity) => activity.match.model)?.match.model;
  const firstModel = typeof model === 'string' ? model : 'base';
  const used = new Set<string>();
  const steps = sample.activities.map((activity) => {
    let id = slug(activity.label);
    for (let n = 2; used.has(id); n += 1) id = `${slug(activity.label)}-${n}`;
    used.add(id);
    return {
      id,
      name: activity.label.slice(0, 80),
      help: 'Describe what the user does at this step, in their words.',
      optional: false,
      repeatable: false,
      match: activity.match,
    };
  });

  return goldenPathSchema.parse({
    id: `draft.${slug(goal)}`.slice(0, 80).replace(/-+$/, ''),
    version: 1,
    name: `Draft: ${goal}`.slice(0, 80),
    module: firstModel.split('.')[0],
    roles: ['to-review'],
    odooVersions: versions,
    description:
      `Mined from ${count} of ${cases} successful cases ending in ${goal}; review the steps, name it and write its help texts.`.slice(
        0,
        400,
      ),
    steps,
  });
}

function actionsOf(found: Case): string {
  return found.activities
    .filter((activity) => activity.match.button !== undefined)
    .map((activity) => activity.label)
    .join('\n');
}

/** The most frequent full sequence among cases of one variant; the longest of equals. */
function typicalOf(cases: readonly Case[]): Case {
  const sequences = [
    ...groupBy(cases, (c) => c.activities.map((a) => a.label).join('\n')).values(),
  ];
  sequences.sort(
    (a, b) => b.length - a.length || b[0]!.activities.length - a[0]!.activities.length,
  );
  return sequences[0]![0]!;
}

function graphOf(cases: readonly Case[]): MinedPaths['graph'] {
  const counts = new Map<string, number>();
  for (const { activities } of cases) {
    for (let index = 1; index < activities.length; index += 1) {
      const key = `${activities[index - 1]!.label}\n${activities[index]!.label}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([key, count]) => {
      const [from, to] = key.split('\n') as [string, string];
      return { from, to, count };
    })
    .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from));
}

function bySession(events: readonly SessionEvent[]): CapturedEvent[][] {
  return [...groupBy(events, (event) => event.session).values()].map((list) =>
    [...list].sort((a, b) => a.t - b.t),
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'step'
  );
}

function round(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}
