import { summariseTrace, type TraceSummary } from '../../core/trace/index.ts';
import { parseTraceArgs, readTraceEvents } from './trace-files.ts';

/** Rows shown per table in text output; `--json` has them all. */
const MAX_TEXT_ROWS = 20;

/**
 * `pathlight trace summary FILE... [--json]`: what the traces hold, all files together. Bad
 * lines are left out of the counts, named on stderr, and make the exit code 1.
 */
export async function traceSummary(argv: string[]): Promise<number> {
  const { files, json } = parseTraceArgs(argv, 'summary');
  const { events, bad } = await readTraceEvents(files);

  const summary = summariseTrace(events);
  console.log(json ? JSON.stringify({ files, ...summary }, null, 2) : formatSummary(summary));
  return bad ? 1 : 0;
}

function formatSummary(summary: TraceSummary): string {
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
    `${summary.events} events in ${summary.sessions.length} sessions`,
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
