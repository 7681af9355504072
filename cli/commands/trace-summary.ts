import { summariseTrace, type TraceSummary } from '../../core/trace/index.ts';
import { parseOptions } from '../parse-options.ts';
import { plural } from '../plural.ts';
import { readTraceEvents, traceFileArguments } from './trace-files.ts';

/** Rows shown per table in text output; `--json` has them all. */
const MAX_TEXT_ROWS = 20;

/**
 * `pathlight trace summary FILE... [--json]`: what the traces hold, all files together. Bad
 * lines are left out of the counts, named on stderr, and make the exit code 1; when no line at
 * all was good, the stderr line is the whole answer.
 */
export async function traceSummary(argv: string[]): Promise<number> {
  const { positionals, values } = parseOptions(argv, { json: { type: 'boolean' } }, 'trace');
  const files = traceFileArguments(positionals, 'summary');
  const { events, bad } = await readTraceEvents(files);
  if (bad && events.length === 0) return 1;

  const summary = summariseTrace(events);
  console.log(
    values.json ? JSON.stringify({ files, ...summary }, null, 2) : formatSummary(summary),
  );
  return bad ? 1 : 0;
}

function formatSummary(summary: TraceSummary): string {
  const sessionCount = plural(summary.sessions.length, 'session');
  const headline = `${plural(summary.events, 'event')} in ${sessionCount}`;
  // A trace with a header and no events yet: empty tables would say nothing more.
  if (summary.events === 0) return headline;

  const sessions = summary.sessions.map((s) => [
    s.session,
    String(s.events),
    new Date(s.firstAt).toISOString(),
    new Date(s.lastAt).toISOString(),
  ]);
  const types = summary.byType.map((row) => [row.type, String(row.events)]);
  const screens = summary.screens.map((row) => [
    row.app ?? '-',
    row.model ?? '-',
    row.viewType ?? '-',
    String(row.events),
  ]);

  return [
    headline,
    '',
    table(['Session', 'Events', 'First', 'Last'], sessions),
    '',
    table(['Type', 'Events'], types),
    '',
    table(['App', 'Model', 'View', 'Events'], screens),
  ].join('\n');
}

/** A plain text table, columns padded to their widest cell; longer tables are cut and say so. */
function table(head: string[], rows: string[][]): string {
  const shown = rows.slice(0, MAX_TEXT_ROWS);
  const widths = head.map((title, column) =>
    Math.max(title.length, ...shown.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();

  const lines = [line(head), ...shown.map(line)];
  if (rows.length > shown.length) lines.push(`… ${rows.length - shown.length} more (see --json)`);
  return lines.join('\n');
}
