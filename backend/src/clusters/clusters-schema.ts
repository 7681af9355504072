import { z } from 'zod';

import type { Cluster, DayRange, IsoWeek } from '../../../core/analysis/index.ts';
import { clusterSchema, dayRangeSchema } from '../analysis-schemas/index.ts';
import { organisationSchema, type Organisation } from '../organisations/index.ts';

/** A cluster with the id its page is found under. */
export interface IdentifiedCluster {
  id: string;
  cluster: Cluster;
}

/** What `GET /v1/orgs/:org/clusters` answers. */
export interface ClusterList {
  org: Organisation;
  week: IsoWeek;
  range: DayRange;
  /** The filter as applied; null where it was not given. */
  module: string | null;
  cohort: string | null;
  clusters: IdentifiedCluster[];
}

export const clusterListSchema: z.ZodType<ClusterList> = z.strictObject({
  org: organisationSchema,
  week: z.string(),
  range: dayRangeSchema,
  module: z.string().nullable(),
  cohort: z.string().nullable(),
  clusters: z.array(
    z.strictObject({
      id: z.string().meta({ description: 'path~step~role~team~tenure, as dashboard URLs use it.' }),
      cluster: clusterSchema,
    }),
  ),
});
