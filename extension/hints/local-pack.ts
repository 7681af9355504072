import { buildHintPack } from '../../core/hints/build-pack.ts';
import type { HintPack } from '../../core/hints/pack.ts';
import type { PathlightDb } from '../store/db.ts';

/**
 * The user's own hint pack: built from the golden-path attempts this browser completed, kept in
 * the local store. One user's attempts, so every figure rests on one user (`minUsers: 1`); the
 * pack never leaves the browser.
 */
export async function buildLocalPack(db: PathlightDb, now: number): Promise<HintPack | null> {
  const completed = (await db.attempts.toArray())
    .map((attempt) => attempt.row)
    .filter((row) => row.status === 'completed');
  if (completed.length === 0) return null;
  return buildHintPack(completed, { minUsers: 1, now });
}
