import { cohortLabel } from './cohorts.ts';
import type { PathInfo } from './dataset.ts';
import type { CauseFinding } from './find-cause.ts';
import { count, dayWithWeekday, errorWords, listOf, pct } from './format.ts';
import type { BaselineFigures, IsoWeek, ProposedIntervention, StepFigures } from './types.ts';

/**
 * What each cause calls for (DESIGN.md): a bug a ticket with the steps that lead to it, a
 * knowledge gap training for the people concerned, a UX/process problem a change of wording or
 * of the flow at the step. The text is ready to paste into a ticket or an e-mail.
 */

/** Evidence that says people leave the screen's intended flow: a rewording will not fix that. */
const FLOW_RULES: ReadonlySet<string> = new Set(['workarounds', 'loops', 'detours']);

export interface ProposalContext {
  path: PathInfo;
  step: string;
  week: IsoWeek;
  finding: CauseFinding;
  figures: StepFigures;
  baseline: BaselineFigures | null;
  cohorts: readonly string[];
  pseudonyms: readonly string[];
}

/** The intervention the cause calls for, written out. */
export function proposeIntervention(context: ProposalContext): ProposedIntervention {
  const base = {
    path: context.path.id,
    step: context.step,
    cohorts: [...context.cohorts],
    pseudonyms: [...context.pseudonyms],
  };
  switch (context.finding.cause) {
    case 'bug':
      return { ...base, kind: 'ticket', ...ticket(context) };
    case 'knowledge':
      return { ...base, kind: 'training', ...training(context) };
    case 'ux_process':
      return context.finding.evidence.some((e) => FLOW_RULES.has(e.rule))
        ? { ...base, kind: 'flow_change', ...flowChange(context) }
        : { ...base, kind: 'microcopy', ...microcopy(context) };
  }
}

function ticket(context: ProposalContext): { title: string; text: string } {
  const { path, finding, figures, baseline, week } = context;
  const step = stepOf(context);
  const error = figures.errors.find((e) => e.kind !== 'validation_error') ?? figures.errors[0];
  const failure = error ? ` with a ${errorWords(error.kind)} on ${error.button}` : '';
  const since = finding.firstDay ? ` since ${finding.firstDay}` : '';

  const lines = [
    `${path.name} (${path.id}): "${step.name}" fails${failure}${since}.`,
    '',
    'Steps to reproduce',
    ...stepsUpTo(path, context.step).map((line, index) => `${index + 1}. ${line}`),
    '',
    `Seen in ${week}`,
    ...figures.errors
      .slice(0, 3)
      .map(
        (e) =>
          `- ${errorWords(e.kind)} on ${e.button}: ${count(e.count, 'time')} in ` +
          `${count(e.attempts, 'attempt')}, ${count(e.users, 'user')}`,
      ),
  ];
  if (figures.signals.dead_click)
    lines.push(`- ${count(figures.signals.dead_click, 'dead click')}`);
  if (figures.signals.retry) lines.push(`- ${count(figures.signals.retry, 'retry', 'retries')}`);
  lines.push(
    `- completion ${pct(figures.completionPct)}` +
      (baseline ? ` (previous weeks ${pct(baseline.completionPct)})` : ''),
    `- cohorts: ${listOf(context.cohorts.map(cohortLabel))}`,
  );
  if (finding.firstDay) lines.push(`- first day: ${dayWithWeekday(finding.firstDay)}`);
  return { title: `${step.name} (${path.name}) fails${failure}${since}`, text: lines.join('\n') };
}

function training(context: ProposalContext): { title: string; text: string } {
  const { path, finding, pseudonyms } = context;
  const step = stepOf(context);
  const cohorts = listOf(context.cohorts.map(cohortLabel));
  const next = nextStepOf(path, context.step);
  const lines = [
    `Who: ${cohorts}${pseudonyms.length > 0 ? ` — ${pseudonyms.join(', ')}` : ''}.`,
    `Where: ${path.name}, step "${step.name}".`,
    `What to show: ${step.help}${next ? ` Then "${next}".` : ''}`,
    `Why: ${finding.evidence
      .filter((e) => e.cause === 'knowledge')
      .map((e) => e.text)
      .join(' ')}`,
  ];
  return {
    title: `Training on "${step.name}" (${path.name}) for ${cohorts}`,
    text: lines.join('\n'),
  };
}

function microcopy(context: ProposalContext): { title: string; text: string } {
  const step = stepOf(context);
  const lines = [
    `At "${step.name}" in ${context.path.name}:`,
    ...evidenceLines(context),
    `Put the step's guidance on the screen, next to the action: "${step.help}"`,
  ];
  return { title: `Reword "${step.name}" (${context.path.name})`, text: lines.join('\n') };
}

function flowChange(context: ProposalContext): { title: string; text: string } {
  const step = stepOf(context);
  const lines = [
    `At "${step.name}" in ${context.path.name}:`,
    ...evidenceLines(context),
    'Ask the team what they do outside Odoo at this step that they cannot do in it, and ' +
      'make that possible here (missing fields, defaults, a list to edit in bulk, an import ' +
      'template), so that finishing in Odoo is the easy way.',
  ];
  return {
    title: `Change the flow at "${step.name}" (${context.path.name})`,
    text: lines.join('\n'),
  };
}

function evidenceLines(context: ProposalContext): string[] {
  return context.finding.evidence
    .filter((e) => e.cause === context.finding.cause)
    .map((e) => `- ${e.text}`);
}

function stepOf({ path, step }: ProposalContext): { name: string; help: string } {
  return path.steps.find((s) => s.id === step) ?? { name: step, help: '' };
}

/** The path's steps up to `step`, optional ones marked: the sequence a ticket reproduces. */
function stepsUpTo(path: PathInfo, step: string): string[] {
  const index = path.steps.findIndex((s) => s.id === step);
  if (index === -1) return [step];
  return path.steps
    .slice(0, index + 1)
    .map(
      (s) => `${s.name}${s.optional ? ' (optional)' : ''}${s.id === step ? ' ← fails here' : ''}`,
    );
}

/** The next step a user must take after `step`: optional ones are skipped. */
function nextStepOf(path: PathInfo, step: string): string | null {
  const index = path.steps.findIndex((s) => s.id === step);
  if (index === -1) return null;
  return path.steps.slice(index + 1).find((s) => !s.optional)?.name ?? null;
}
