export { buildOpenApiDocument, OPENAPI_VERSION, openApiPath } from './build-document.ts';
export type { DocumentInfo, JsonObject } from './build-document.ts';
export { openApiOperation } from './openapi-operation.ts';
export { openApiRoutes } from './openapi-routes.ts';
export type { ApiAuth, ApiOperation, ApiResponse, HttpMethod, NamedSchema } from './types.ts';
