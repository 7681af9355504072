/**
 * How fast attempts are matched: the sandbox personas' traces (`e2e/paths-corpus/traces`) are
 * replayed as new sessions until there are a million events, then matched against every
 * built-in golden path. Prints events per second and what was found.
 *
 *   npm run bench:paths [-- --events N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import {
  BUILT_IN_PATHS,
  matchAttempts,
  measureAttempts,
  type SessionEvent,
} from '../core/flows/index.ts';
import { parseTrace } from '../core/trace/index.ts';

const CORPUS = path.resolve(import.meta.dirname, '../e2e/paths-corpus/traces');
const at = process.argv.indexOf('--events');
const target = at === -1 ? 1_000_000 : Number(process.argv[at + 1]);
if (!Number.isInteger(target) || target < 1) {
  console.error(`--events needs a whole number of events, e.g. --events 100000 [usage]`);
  process.exit(2);
}

const sessions = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.jsonl'))
  .map((file) => parseTrace(readFileSync(path.join(CORPUS, file), 'utf8')).events);

// Each copy is a new session an hour later, so sessions never overlap in time.
const events: SessionEvent[] = [];
for (let copy = 0; events.length < target; copy += 1) {
  const source = sessions[copy % sessions.length]!;
  const offset = copy * 3_600_000;
  for (const event of source) {
    if (events.length === target) break;
    events.push({ ...event, session: `s${copy}`, t: event.t + offset });
  }
}

const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const attempts = matchAttempts(events, BUILT_IN_PATHS);
const matchedMs = performance.now() - started;
const measures = measureAttempts(attempts, BUILT_IN_PATHS, {
  sessions: [...new Set(events.map((event) => event.session))],
});
const totalMs = performance.now() - started;

const completed = attempts.filter((attempt) => attempt.status === 'completed').length;
console.log(`events              ${events.length.toLocaleString('en')}`);
console.log(`paths               ${BUILT_IN_PATHS.length}`);
console.log(
  `attempts            ${attempts.length.toLocaleString('en')} (${completed.toLocaleString('en')} completed)`,
);
console.log(
  `match               ${(matchedMs / 1000).toFixed(2)} s, ${Math.round(events.length / (matchedMs / 1000)).toLocaleString('en')} events/s`,
);
console.log(
  `match + measure     ${(totalMs / 1000).toFixed(2)} s (${measures.length} path measures)`,
);
console.log(
  `heap growth         ${Math.round((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024)} MB`,
);
