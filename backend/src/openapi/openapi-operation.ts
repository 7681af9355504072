import { z } from 'zod';

import type { ApiOperation } from './types.ts';

const openApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
  components: z.looseObject({}),
});

/** `GET /v1/openapi.json` in the OpenAPI document itself. */
export const openApiOperation: ApiOperation = {
  id: 'getOpenApiDocument',
  method: 'get',
  path: '/v1/openapi.json',
  tag: 'meta',
  summary: 'This OpenAPI 3.1 document',
  description: 'Every /v1 endpoint: methods, auth, parameters, bodies and errors.',
  auth: 'none',
  responses: {
    200: {
      description: 'The OpenAPI 3.1 document.',
      body: { name: 'OpenApiDocument', schema: openApiDocumentSchema },
    },
  },
};
