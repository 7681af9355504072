import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parseTrace, type TraceEvent } from '../../core/trace/index.ts';
import { labelsSchema, type Labels } from './labels.ts';

/** Where the recorded traces and their labels are: `NAME.jsonl` beside `NAME.labels.json`. */
export const CORPUS_DIR = path.resolve(import.meta.dirname, 'traces');

export interface CorpusTrace {
  name: string;
  events: TraceEvent[];
  labels: Labels;
}

/** Every trace of the corpus with its labels; a bad trace or label file throws, naming it. */
export function readCorpus(dir = CORPUS_DIR): CorpusTrace[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.jsonl'.length);
      const trace = parseTrace(readFileSync(path.join(dir, file), 'utf8'));
      if (!trace.ok) throw new Error(`${file}: ${trace.errors[0]?.message} [invalid_trace]`);
      const raw = JSON.parse(readFileSync(path.join(dir, `${name}.labels.json`), 'utf8'));
      return { name, events: trace.events, labels: labelsSchema.parse(raw) };
    });
}
