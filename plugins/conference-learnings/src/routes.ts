import { createRouteRef } from '@backstage/core-plugin-api';

/** The Conference Learnings page. @public */
export const rootRouteRef = createRouteRef({ id: 'conference-learnings' });
