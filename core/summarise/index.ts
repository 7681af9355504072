export { HESITATION_KINDS } from './hesitation.ts';
export { attemptKey, SESSION_IDLE_MS, summariseSession } from './summarise-session.ts';
export type { SummarisedAttempt, SummariseOptions } from './summarise-session.ts';
