import type { CapturedEvent } from '../events/schema.ts';
import type { PathStep, StepMatch } from './schema.ts';

/** What the matcher knows beyond the event itself. */
export interface MatchContext {
  /** The xmlid of the menu (or app) the user chose last in this session. */
  menu: string | null;
}

/** A compiled step: a predicate over one event, and whether it describes an action. */
export interface CompiledStep {
  step: PathStep;
  /** True when the step waits for something done (a button, a field, an event). */
  action: boolean;
  matches(event: CapturedEvent, context: MatchContext): boolean;
}

type Test = (event: CapturedEvent, context: MatchContext) => boolean;

/**
 * Compiles a step's matcher once, so that matching a million events costs a few comparisons
 * each: every key becomes a test of one value against a name or a small set of names.
 */
export function compileStep(step: PathStep): CompiledStep {
  const tests = testsOf(step.match);
  const { button, field, event } = step.match;
  return {
    step,
    action: button !== undefined || field !== undefined || event !== undefined,
    matches: (captured, context) => tests.every((test) => test(captured, context)),
  };
}

function testsOf(match: StepMatch): Test[] {
  const tests: Test[] = [];
  const add = (
    names: string | string[] | undefined,
    read: (e: CapturedEvent, c: MatchContext) => string | null | undefined,
  ) => {
    if (names === undefined) return;
    const accepts = acceptor(names);
    tests.push((event, context) => accepts(read(event, context)));
  };

  add(match.app, (e) => e.screen.app);
  add(match.model, (e) => e.screen.model);
  add(match.viewType, (e) => e.screen.viewType);
  add(match.state, (e) => e.screen.state);
  add(match.dialog, (e) => e.screen.dialog?.model);
  add(match.menu, (_, context) => context.menu);
  add(match.button, (e) => (e.type === 'click' ? e.target.name : null));
  add(match.field, (e) =>
    e.type === 'field' && (e.action === 'edit' || e.action === 'clear') ? e.field : null,
  );
  if (match.event !== undefined) {
    const [type, sub] = match.event.split(':');
    tests.push((event) => event.type === type && subOf(event) === sub);
  }
  return tests;
}

function acceptor(names: string | string[]): (value: string | null | undefined) => boolean {
  if (typeof names === 'string') return (value) => value === names;
  const set = new Set(names);
  return (value) => value != null && set.has(value);
}

/** The part of an event a step's `event` key names after its colon. */
function subOf(event: CapturedEvent): string | null {
  switch (event.type) {
    case 'import':
    case 'export':
      return event.step;
    case 'record':
      return event.action;
    case 'download':
      return event.kind;
    default:
      return null;
  }
}
