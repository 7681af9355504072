import { hintPackSchema } from '../../../core/hints/index.ts';
import type { ApiOperation } from '../openapi/index.ts';
import { DEFAULT_SETTINGS } from '../organisations/index.ts';
import { HINT_PACK_MAX_AGE_S } from './hints-routes.ts';

/** `GET /v1/hints` in the OpenAPI document. */
export const hintsOperation: ApiOperation = {
  id: 'getHintPack',
  method: 'get',
  path: '/v1/hints',
  tag: 'hints',
  summary: "The organisation's hint pack, for its extensions",
  description:
    "Built from the organisation's attempts of the last `hintWindowDays` days (default " +
    `${DEFAULT_SETTINGS.hintWindowDays}, today included, UTC), every figure resting on at ` +
    `least \`minGroupUsers\` users (default ${DEFAULT_SETTINGS.minGroupUsers}). Extensions ` +
    'fetch it daily with their ingest token; a read token is refused.',
  auth: 'ingest',
  responses: {
    200: {
      description: 'The hint pack.',
      body: { name: 'HintPack', schema: hintPackSchema },
      headers: {
        'Cache-Control': `\`private, max-age=${HINT_PACK_MAX_AGE_S}\`: keep the pack for an hour.`,
        Vary: '`Authorization`: the pack depends on whose token asked.',
      },
    },
  },
  errors: ['invalid_query'],
};
