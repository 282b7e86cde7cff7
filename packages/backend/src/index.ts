import { createBackend } from '@backstage/backend-defaults';
import { localRepositoryUrlReaderFactory } from '@conference-learnings/plugin-catalog-backend-module-conference-learnings';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Auth: the guest provider signs people in for local use.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

// Catalog, with the Talk, Technology and Conference kinds.
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(
  import(
    '@conference-learnings/plugin-catalog-backend-module-conference-learnings'
  ),
);
// Reads the demo's repositories from disk, only under
// conferenceLearnings.repositories.localDirectories.
backend.add(localRepositoryUrlReaderFactory);

// Permissions: allow-all for the demo; replace with your own policy in production.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

// Search: Lunr in memory by default; the Postgres engine takes over when the
// database is Postgres (the module does nothing on other databases).
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(
  import(
    '@conference-learnings/plugin-search-backend-module-conference-learnings'
  ),
);

// Conference Learnings
backend.add(
  import('@conference-learnings/plugin-conference-learnings-backend'),
);

// AI assistants: the actions of the plugins named in backend.actions.pluginSources,
// served over MCP at /api/mcp-actions/v1.
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.start();
