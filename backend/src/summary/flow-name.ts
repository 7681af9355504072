import { BUILT_IN_PATHS } from '../../../core/flows/index.ts';

/** Label for activity that matched no golden path. */
export const OUTSIDE_FLOWS_LABEL = 'Outside known flows';

const NAMES = new Map(BUILT_IN_PATHS.map((path) => [path.id, path.name]));

/** The name partners read for a flow id; an id this backend does not ship is shown as is. */
export function flowName(flow: string | null): string {
  if (flow === null) return OUTSIDE_FLOWS_LABEL;
  return NAMES.get(flow) ?? flow;
}
