import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { mergeConfig } = await import('./load-config.ts');

describe('mergeConfig', () => {
  it('lets the managed policy win over local settings', () => {
    const loaded = mergeConfig(
      { backendUrl: 'https://pathlight.partner.example', ingestToken: 'managed-token' },
      { backendUrl: 'http://localhost:1', pseudonymSecret: 'local-secret-0123456789' },
    );

    expect(loaded.managed).toBe(true);
    expect(loaded.config).toMatchObject({
      backendUrl: 'https://pathlight.partner.example',
      ingestToken: 'managed-token',
      pseudonymSecret: 'local-secret-0123456789',
      syncIntervalMinutes: 5,
      odooHosts: [],
    });
  });

  it('takes retention and the cap from settings, and refuses a cap too small to help', () => {
    const loaded = mergeConfig({ retentionDays: 7 }, { maxStoredEvents: 10 });

    expect(loaded.config).toMatchObject({ retentionDays: 7, maxStoredEvents: 200_000 });
    expect(loaded.issues).toEqual([
      {
        code: 'invalid_local_config',
        message: 'setting "maxStoredEvents" must be at least 1000; it is ignored',
      },
    ]);
  });

  it('drops only the invalid policy fields, each with a coded issue', () => {
    const loaded = mergeConfig(
      { backendUrl: 'ftp://nope', ingestToken: 'good-token-1', colour: 'blue' },
      'not an object',
    );

    expect(loaded.config.backendUrl).toBeUndefined();
    expect(loaded.config.ingestToken).toBe('good-token-1');
    expect(loaded.issues).toEqual([
      {
        code: 'invalid_policy',
        message: 'setting "backendUrl" must be an http(s) URL; it is ignored',
      },
      { code: 'invalid_policy', message: 'unknown setting "colour" is ignored' },
    ]);
  });

  it('is unmanaged and empty without any settings', () => {
    expect(mergeConfig({}, undefined)).toEqual({
      config: {
        odooHosts: [],
        syncIntervalMinutes: 5,
        retentionDays: 30,
        maxStoredEvents: 200_000,
        hints: true,
        newUserDays: 60,
      },
      issues: [],
      managed: false,
    });
  });

  it('takes the cohort and the hints switch from policy, and names a bad role', () => {
    const loaded = mergeConfig(
      { hints: false, cohort: { role: 'Warehouse Lead', userSince: '2026-10-01' } },
      { hints: true },
    );

    expect(loaded.config.hints).toBe(false);
    expect(loaded.config.cohort).toBeUndefined();
    expect(loaded.issues).toEqual([
      {
        code: 'invalid_policy',
        message:
          'setting "cohort.role" must be lower-case words joined by - or _, such as "warehouse"; it is ignored',
      },
    ]);
    expect(
      mergeConfig({ cohort: { role: 'warehouse', userSince: '2026-10-01' } }, {}).config.cohort,
    ).toEqual({ role: 'warehouse', userSince: '2026-10-01' });
  });

  it('takes detector thresholds from policy and ignores an invalid one, naming it', () => {
    expect(mergeConfig({ detectorThresholds: { rageClicks: 4 } }, {}).config).toMatchObject({
      detectorThresholds: { rageClicks: 4 },
    });

    const loaded = mergeConfig({ detectorThresholds: { rageClicks: 1, pauseFloorMs: 20_000 } }, {});
    expect(loaded.config.detectorThresholds).toBeUndefined();
    expect(loaded.issues).toEqual([
      {
        code: 'invalid_policy',
        message: expect.stringMatching(
          /^setting "detectorThresholds\.rageClicks" .*2.*; it is ignored$/,
        ),
      },
    ]);
  });
});
