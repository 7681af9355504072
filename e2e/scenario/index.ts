export { BUG_DAY, FIRST_DAY, LAST_DAY, SCENARIO_WEEKS, TRAINING_DAY } from './calendar.ts';
export { DATABASE, ORGANISATION, SECRET } from './cast.ts';
export { generateScenario, SCENARIO_INTERVENTIONS } from './generate.ts';
export type { Scenario, ScenarioOptions, ScenarioUser } from './generate.ts';
