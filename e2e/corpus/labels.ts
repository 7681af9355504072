import { z } from 'zod';

import { SIGNAL_KINDS } from '../../core/detect/index.ts';

/**
 * What a corpus trace must raise: `fire` gives how many signals of each kind; every kind it does
 * not name must not fire at all. `notFire` names the kinds the trace was made to tempt, so a
 * reader sees which rule it checks.
 */
export const labelsSchema = z.object({
  description: z.string().min(1),
  fire: z.partialRecord(z.enum(SIGNAL_KINDS), z.number().int().positive()),
  notFire: z.array(z.enum(SIGNAL_KINDS)),
});

export type Labels = z.infer<typeof labelsSchema>;
