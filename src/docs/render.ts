import { httpReference } from './http-reference';
import { buildOpenApi } from './openapi-app';
import { socketReference } from './socket-reference';

/**
 * Every generated file of docs/, by its path from the repository root. `npm run docs`
 * writes them; test/docs.e2e-spec.ts fails when the committed ones differ.
 * (docs/README.md and docs/roles-and-safety.md are written by hand.)
 */
export async function renderDocs(root: string): Promise<Record<string, string>> {
  const openApi = await buildOpenApi();
  return {
    'docs/http-api.md': httpReference(openApi),
    'docs/openapi.json': `${JSON.stringify(openApi, null, 2)}\n`,
    'docs/socket-events.md': socketReference(root),
  };
}
