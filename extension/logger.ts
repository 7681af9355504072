/**
 * The extension's one logger: prefixed, and quiet below `warn` unless debug is switched on with
 * `localStorage.pathlightDebug = '1'` in the context being debugged.
 */
const PREFIX = '[pathlight]';

function debugEnabled(): boolean {
  try {
    return globalThis.localStorage?.getItem('pathlightDebug') === '1';
  } catch {
    // Service workers have no localStorage.
    return false;
  }
}

export const logger = {
  debug(...args: unknown[]): void {
    // eslint-disable-next-line no-console
    if (debugEnabled()) console.debug(PREFIX, ...args);
  },
  warn(...args: unknown[]): void {
    // eslint-disable-next-line no-console
    console.warn(PREFIX, ...args);
  },
  error(...args: unknown[]): void {
    // eslint-disable-next-line no-console
    console.error(PREFIX, ...args);
  },
};
