import { stepsReached } from './clusters.ts';
import { roleOfKey } from './cohorts.ts';
import { attemptsIn, datasetOf, pathInfo, stepName, type PreparedAttempt } from './dataset.ts';
import { percent, percentilesOf } from './statistics.ts';
import { measureAttempts, reaches } from './step-measure.ts';
import type { AnalysisInput, DayRange, ExportRow } from './types.ts';

/**
 * The clean spreadsheet a partner hands the client: one row per path step, module, role and
 * whether the attempts completed, with counts taken after small cohorts were merged (a role seen
 * only in small cohorts shows as `other`). Rows are plain objects; writing CSV is the caller's.
 */

/** The columns, in the order a spreadsheet shows them. */
export const EXPORT_COLUMNS = [
  'from',
  'to',
  'path',
  'pathName',
  'step',
  'stepName',
  'module',
  'role',
  'completed',
  'attempts',
  'sessions',
  'users',
  'timeToCompleteP50Ms',
  'hesitationScore',
  'workaroundPct',
  'workaround',
] as const satisfies readonly (keyof ExportRow)[];

/** Share of a row's attempts with a workaround from which the row is tagged `workaround`. */
export const WORKAROUND_TAG_MIN_PCT = 10;

/** The spreadsheet rows of the attempts that started in `range`. */
export function exportRows(input: AnalysisInput, range: DayRange): ExportRow[] {
  const dataset = datasetOf(input);
  const groups = new Map<string, PreparedAttempt[]>();
  for (const attempt of attemptsIn(dataset, range)) {
    const key = [attempt.row.path, roleOfKey(attempt.cohort), attempt.row.status].join('\n');
    const group = groups.get(key);
    if (group) group.push(attempt);
    else groups.set(key, [attempt]);
  }

  const rows: ExportRow[] = [];
  for (const group of groups.values()) {
    const path = pathInfo(dataset, group[0]!.row.path);
    const completed = group[0]!.row.status === 'completed';
    for (const step of stepsReached(path, group)) {
      const at = group.filter((attempt) => reaches(attempt.row, step));
      const figures = measureAttempts(at, { step, scopeSessions: 0 });
      const workaroundPct = percent(at.filter((a) => a.row.workaround).length, at.length);
      rows.push({
        from: range.from,
        to: range.to,
        path: path.id,
        pathName: path.name,
        step,
        stepName: stepName(path, step),
        module: path.module,
        role: roleOfKey(group[0]!.cohort),
        completed,
        attempts: figures.attempts,
        sessions: figures.sessions,
        users: figures.users,
        timeToCompleteP50Ms: completed
          ? percentilesOf(at.map((attempt) => attempt.row.durationMs)).p50Ms
          : null,
        hesitationScore: figures.hesitationScore,
        workaroundPct,
        workaround: workaroundPct >= WORKAROUND_TAG_MIN_PCT ? 'workaround' : '',
      });
    }
  }

  const stepIndex = (row: ExportRow) =>
    pathInfo(dataset, row.path).steps.findIndex((step) => step.id === row.step);
  return rows.sort(
    (a, b) =>
      a.path.localeCompare(b.path) ||
      stepIndex(a) - stepIndex(b) ||
      a.role.localeCompare(b.role) ||
      Number(b.completed) - Number(a.completed),
  );
}
