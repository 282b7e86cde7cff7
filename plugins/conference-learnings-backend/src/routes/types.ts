import { createOpenApiRouter } from '../schema/openapi.generated';

/** The express router of the API, validated and typed from the OpenAPI document. */
export type ApiRouter = Awaited<ReturnType<typeof createOpenApiRouter>>;
