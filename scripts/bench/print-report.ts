import type { Cost, Run } from './types.ts';

/** The table of figures, without and with the extension, and what capture recorded. */
export function printReport(without: Run, withExtension: Run, rounds: number): void {
  const seconds = withExtension.stormSeconds;
  const perSecond = (value: number) => value / seconds;
  const rows: [string, number, number][] = [
    [
      '(a) list: main-thread ms / 1,000 interactions',
      without.list.taskMs,
      withExtension.list.taskMs,
    ],
    ['    of which script', without.list.scriptMs, withExtension.list.scriptMs],
    ['    of which style and layout', without.list.layoutMs, withExtension.list.layoutMs],
    ['    all processes, CPU ms', without.list.cpuMs, withExtension.list.cpuMs],
    ['    wall time of the 1,000 interactions, ms', without.list.wallMs, withExtension.list.wallMs],
    [
      '(b) storm: main-thread ms / s of storm',
      perSecond(without.storm.taskMs),
      perSecond(withExtension.storm.taskMs),
    ],
    [
      '    of which script',
      perSecond(without.storm.scriptMs),
      perSecond(withExtension.storm.scriptMs),
    ],
    [
      '    of which style and layout',
      perSecond(without.storm.layoutMs),
      perSecond(withExtension.storm.layoutMs),
    ],
    [
      '    all processes, CPU ms / s',
      perSecond(without.storm.cpuMs),
      perSecond(withExtension.storm.cpuMs),
    ],
  ];

  const width = Math.max(...rows.map(([label]) => label.length));
  const line = (cells: string[]) =>
    `${cells[0]!.padEnd(width)}  ${cells
      .slice(1)
      .map((cell) => cell.padStart(12))
      .join('  ')}`;
  const heading = rounds > 1 ? ` (median of ${rounds} rounds)` : '';
  process.stdout.write(
    `\n${line([`scenario${heading}`, 'without ext', 'with ext', 'overhead'])}\n`,
  );
  for (const [label, before, after] of rows) {
    // A share is only meaningful for the totals, not for a part that is near zero without capture.
    const total = !label.trimStart().startsWith('of which') && before > 0;
    const percent = total ? ` (${signed(((after - before) / before) * 100)}%)` : '';
    process.stdout.write(
      `${line([label, fixed(before), fixed(after), signed(after - before)])}${percent}\n`,
    );
  }

  const events = withExtension.events!;
  const perInteraction =
    (withExtension.list.scriptMs - without.list.scriptMs) / withExtension.interactions;
  const changes = (withExtension.storm.changes / seconds).toFixed(0);
  process.stdout.write(
    [
      '',
      `Storm rate reached: ${changes} DOM changes/s with the extension, ` +
        `${(without.storm.changes / seconds).toFixed(0)} without.`,
      `Script added by capture: ${perInteraction.toFixed(2)} ms per interaction, ` +
        `${fixed(perSecond(withExtension.storm.scriptMs - without.storm.scriptMs))} ms per second of storm.`,
      `Events stored: ${events.list} during (a), ${events.storm} during (b).`,
      `Page events during the storm: capture_backoff ${events.backoff ? 'yes' : 'no'}, ` +
        `capture_recovered ${events.recovered ? 'yes' : 'no'}.`,
      '',
    ].join('\n'),
  );
}

/** Each figure of the runs, as the median over the runs; events from the first run. */
export function medianRun(runs: Run[]): Run {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  const cost = <T extends Cost>(pick: (run: Run) => T): T => {
    const first = pick(runs[0]!);
    const merged = { ...first };
    for (const key of Object.keys(first) as (keyof T)[]) {
      if (typeof first[key] === 'number') {
        merged[key] = median(runs.map((run) => pick(run)[key] as number)) as T[keyof T];
      }
    }
    return merged;
  };
  return { ...runs[0]!, list: cost((run) => run.list), storm: cost((run) => run.storm) };
}

function fixed(value: number): string {
  return value.toFixed(1);
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
}
