import type { Hono } from 'hono';

import { generateScenario, type Scenario } from '../../../e2e/scenario/index.ts';
import type { AppEnv } from '../http/app-env.ts';
import { loadInterventions } from '../interventions/index.ts';
import type { Store } from '../store/index.ts';
import { NORTH_PARTNER, NORTHWIND, openTestStore, testApp } from './fixtures.ts';
import { withHintOutcomes } from './scenario-hints.ts';
import { seedScenario } from './seed-scenario.ts';

/**
 * The generated six weeks of Northwind, seeded into a fresh in-memory backend: what the tests of
 * the analysis endpoints and pages read. Generating and posting take a few seconds, so a test
 * file seeds once in `beforeAll` and only reads afterwards.
 */

/** A clock in the scenario's last week, Thursday 2026-12-03 at noon: "this week" is 2026-W49. */
export const SCENARIO_NOW = Date.UTC(2026, 11, 3, 12);

/** A test file's seeded backend. */
export interface SeededBackend {
  store: Store;
  app: Hono<AppEnv>;
  /** The rows as posted, hint outcomes included, with the interventions' ids as recorded. */
  scenario: Scenario;
}

let generated: Promise<Scenario> | undefined;

/** The scenario with hint outcomes, generated once per test process. */
export function scenarioWithHints(): Promise<Scenario> {
  generated ??= generateScenario().then((scenario) => ({
    ...scenario,
    attempts: withHintOutcomes(scenario.attempts),
  }));
  return generated;
}

/** Opens a store, seeds the scenario as Northwind's through the app, and answers both. */
export async function openSeededBackend(): Promise<SeededBackend> {
  const store = await openTestStore();
  const app = testApp(store, { now: () => SCENARIO_NOW });
  const scenario = await scenarioWithHints();
  await seedScenario(scenario, {
    app,
    org: NORTHWIND.id,
    ingestToken: NORTHWIND.ingestToken,
    readToken: NORTH_PARTNER.readToken,
  });
  const recorded = await loadInterventions(store, NORTHWIND.id);
  return {
    store,
    app,
    scenario: { ...scenario, interventions: recorded.map((item) => item.intervention) },
  };
}
