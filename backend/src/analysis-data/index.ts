export { lastDays } from './last-days.ts';
export { loadAttempts } from './load-attempts.ts';
export { loadSessions } from './load-sessions.ts';
export type { DayRange } from './types.ts';
