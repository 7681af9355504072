/**
 * `npm run bench:detect`: runs every detector over the labelled corpus (`e2e/corpus/traces`) and
 * prints precision, recall and F1 per signal, one line each. Exits 1 when a signal's F1 is below
 * `TARGET_F1`, and names the traces where it missed or fired wrongly.
 */
import { detectAll, scoreSignals } from '../core/detect/index.ts';
import { readCorpus } from '../e2e/corpus/read-corpus.ts';

/** Every signal must reach this F1 over the corpus. */
export const TARGET_F1 = 0.95;

const corpus = readCorpus();
const traces = corpus.map(({ events, labels }) => ({
  expected: labels.fire,
  signals: detectAll(events),
}));
const scores = scoreSignals(traces);

process.stdout.write(`${corpus.length} traces\n`);
for (const score of scores) {
  const [p, r, f] = [score.precision, score.recall, score.f1].map((value) => value.toFixed(3));
  process.stdout.write(`${score.kind} precision ${p} recall ${r} f1 ${f}\n`);
}

const below = scores.filter((score) => score.f1 < TARGET_F1);
for (const { kind } of below) {
  const wrong = corpus.filter((trace, index) => {
    const got = traces[index]!.signals.filter((signal) => signal.kind === kind).length;
    return got !== (trace.labels.fire[kind] ?? 0);
  });
  process.stderr.write(
    `${kind}: F1 below ${TARGET_F1}; wrong on ${wrong.map((t) => t.name).join(', ')} ` +
      '[below_target]\n',
  );
}
process.exitCode = below.length > 0 ? 1 : 0;
