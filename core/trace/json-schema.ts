import { z } from 'zod';

import { targetSchema } from '../events/schema.ts';
import { dialogSchema, screenSchema, technicalName } from '../screen/schema.ts';
import { TRACE_VERSION, traceEventSchema, traceHeaderSchema, traceLineSchema } from './schema.ts';

/** Where the generated JSON Schema is published in the repository. */
export const TRACE_SCHEMA_PATH = 'docs/trace.schema.json';

/**
 * The JSON Schema of one trace line, for readers in other languages. It describes what a writer
 * puts on each line (every field present) and allows unknown fields, because readers of this
 * version must ignore the fields a later writer may add (see the versioning rule).
 */
export function traceJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(traceLineSchema, {
    target: 'draft-2020-12',
    io: 'output',
    metadata: definitions(),
    override(context) {
      delete context.jsonSchema.additionalProperties;
    },
  });
  return {
    $schema,
    title: `Pathlight trace line, version ${TRACE_VERSION}`,
    description:
      'One line of a Pathlight trace (JSON Lines): the first line is a TraceHeader, every ' +
      'other line a TraceEvent. Generated from core/trace/schema.ts by ' +
      'scripts/generate-trace-schema.ts; see docs/trace-format.md.',
    ...rest,
  };
}

/** Parts named in `$defs`, so the schema reads like the format's documentation. */
function definitions() {
  const registry = z.registry<{ id: string; description: string }>();
  registry.add(traceHeaderSchema, {
    id: 'TraceHeader',
    description: 'The first line of a trace.',
  });
  registry.add(traceEventSchema, {
    id: 'TraceEvent',
    description: 'One captured event, with its local session id and sequence number.',
  });
  registry.add(screenSchema, {
    id: 'Screen',
    description: 'Where the user was: Odoo version, app, model, view type, state, dialog.',
  });
  registry.add(targetSchema, {
    id: 'Target',
    description: 'The element interacted with, by role and technical names.',
  });
  registry.add(dialogSchema, { id: 'Dialog', description: 'The topmost open dialog.' });
  registry.add(technicalName, {
    id: 'TechnicalName',
    description: 'A technical Odoo name: model, xmlid, view type, state key or button name.',
  });
  return registry;
}
