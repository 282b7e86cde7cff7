import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ConferenceLearningsClient } from '@conference-learnings/plugin-conference-learnings-common';

/**
 * A client of this plugin's own REST API that calls it on behalf of the given
 * credentials: an action then answers exactly what the API answers that caller,
 * with the same permission checks, validation and ranking.
 */
export function clientOnBehalfOf(options: {
  auth: AuthService;
  discovery: DiscoveryService;
}): (credentials: BackstageCredentials) => ConferenceLearningsClient {
  const { auth, discovery } = options;
  return credentials =>
    new ConferenceLearningsClient({
      discoveryApi: discovery,
      fetchApi: {
        fetch: async (input, init) => {
          const { token } = await auth.getPluginRequestToken({
            onBehalfOf: credentials,
            targetPluginId: 'conference-learnings',
          });
          const request = new Request(input, init);
          request.headers.set('Authorization', `Bearer ${token}`);
          return fetch(request);
        },
      },
    });
}
