import { describe, expect, it } from 'vitest';

import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(readConfig({})).toEqual({
      ok: true,
      config: {
        port: 8787,
        host: '127.0.0.1',
        databaseUrl: undefined,
        dataDir: '.data/pglite',
        organisationsFile: 'backend/demo-organisations.json',
        logLevel: 'info',
      },
    });
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      ok: true,
      config: { port: 8787, databaseUrl: undefined },
    });
  });

  it('names the variable and the problem for a bad PORT', () => {
    expect(readConfig({ PORT: 'eighty' })).toEqual({
      ok: false,
      code: 'invalid_config',
      message: 'Environment variable PORT: must be a port number. Fix or unset it.',
    });
  });

  it('takes a log level it knows', () => {
    expect(readConfig({ PATHLIGHT_LOG_LEVEL: 'debug' })).toMatchObject({
      ok: true,
      config: { logLevel: 'debug' },
    });
  });

  it('refuses an unknown log level, naming the value and the allowed ones', () => {
    expect(readConfig({ PATHLIGHT_LOG_LEVEL: 'loud' })).toEqual({
      ok: false,
      code: 'invalid_config',
      message:
        'Environment variable PATHLIGHT_LOG_LEVEL: is "loud"; use one of debug, info, warn, ' +
        'error. Fix or unset it.',
    });
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL', () => {
    const result = readConfig({ DATABASE_URL: 'mysql://localhost/x' });

    expect(!result.ok && result.message).toContain('DATABASE_URL: must start with postgres://');
  });
});
