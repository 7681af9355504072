import { INPUT_ERROR_KINDS, SYSTEM_ERROR_KINDS } from './bug-evidence.ts';
import type { CauseContext } from './cause-context.ts';
import { count, errorWords } from './format.ts';
import { furthestStep, measureAttempts, workaroundStep } from './step-measure.ts';
import type { Evidence } from './types.ts';

/**
 * Evidence that the step itself is hard or the process goes around it (DESIGN.md, "UX/process"):
 * experienced users hesitate too, loop, leave the path, work around Odoo, fight the form, or have
 * Odoo refuse the action for a business rule (a lot number it wants, a quantity it lacks). It
 * is read from users who are not new, so that learners' trouble is not taken for the design's.
 */

/** Hesitation score of experienced users from which the step is hard for everyone. */
export const UX_MIN_SCORE = 15;

/** Share of experienced users' attempts with loops, detours, workarounds or form friction. */
export const UX_MIN_SHARE = 0.1;

/** The UX/process evidence at the context's step. */
export function uxEvidence({ attempts, step }: CauseContext): Evidence[] {
  const evidence: Evidence[] = [];
  const peers = attempts.filter((attempt) => attempt.tenure !== 'new');
  if (peers.length === 0) return evidence;
  const figures = measureAttempts(peers, { step, scopeSessions: 0 });
  const share = (n: number) => n >= UX_MIN_SHARE * peers.length && n > 0;
  const at = (row: (typeof peers)[number]['row']) => row.steps.find((s) => s.step === step)!;

  if (figures.hesitationScore >= UX_MIN_SCORE) {
    const cohorts = new Set(attempts.map((attempt) => attempt.cohort));
    const hesitating = [...cohorts].filter(
      (cohort) =>
        measureAttempts(
          attempts.filter((attempt) => attempt.cohort === cohort),
          { step, scopeSessions: 0 },
        ).hesitationScore >= UX_MIN_SCORE,
    );
    evidence.push(
      ux(
        'experienced_hesitate',
        `Experienced users hesitate here too: score ${figures.hesitationScore} ` +
          `(${figures.hesitantVisits} of ${count(figures.visits, 'visit')}), in ` +
          `${hesitating.length} of ${count(cohorts.size, 'cohort')}.`,
      ),
    );
  }

  const looping = peers.filter(({ row }) => (at(row).signals.loop ?? 0) > 0).length;
  if (share(looping)) {
    evidence.push(
      ux('loops', `${looping} of ${count(peers.length, 'attempt')} went round in circles here.`),
    );
  }

  const leaving = peers.filter(
    ({ row }) =>
      row.status === 'abandoned' && row.deviations.detour > 0 && furthestStep(row) === step,
  ).length;
  if (share(leaving)) {
    evidence.push(
      ux(
        'detours',
        `${leaving} of ${count(peers.length, 'attempt')} left the path here and never came back.`,
      ),
    );
  }

  const around = peers.filter(({ row }) => row.workaround && workaroundStep(row) === step).length;
  if (share(around)) {
    evidence.push(
      ux(
        'workarounds',
        `${around} of ${count(peers.length, 'attempt')} worked around Odoo here: exported the ` +
          `records and imported them back, or gave up right after an export.`,
      ),
    );
  }

  const friction = peers.filter(({ row }) => (at(row).signals.form_friction ?? 0) > 0).length;
  if (share(friction)) {
    evidence.push(
      ux(
        'form_friction',
        `${friction} of ${count(peers.length, 'attempt')} had the form refuse the same ` +
          'input again.',
      ),
    );
  }
  const refusal = figures.errors.find(
    (error) => !SYSTEM_ERROR_KINDS.has(error.kind) && !INPUT_ERROR_KINDS.has(error.kind),
  );
  if (refusal && share(refusal.attempts)) {
    const fixes = peers.flatMap(({ row }) =>
      at(row)
        .errors.filter((e) => e.kind === refusal.kind && e.fix !== null)
        .map((e) => e.fix),
    );
    const fix = mostCommon(fixes);
    evidence.push(
      ux(
        'refusals',
        `Odoo refused ${refusal.button} with a ${errorWords(refusal.kind)} in ` +
          `${refusal.attempts} of ${count(peers.length, 'attempt')}` +
          (fix ? `; users then fixed ${fix}.` : '.'),
      ),
    );
  }
  return evidence;
}

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function ux(rule: Evidence['rule'], text: string): Evidence {
  return { cause: 'ux_process', rule, text };
}
