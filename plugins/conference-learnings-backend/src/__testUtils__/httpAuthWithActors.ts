import {
  BackstageCredentials,
  BackstageUserPrincipal,
  coreServices,
  createServiceFactory,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Request } from 'express';

/**
 * The mock HTTP auth service, except that a token a plugin obtained on behalf of
 * a user authenticates as that user *with the plugin as actor*, as the real auth
 * service does. The permission backend evaluates conditional requests
 * (`authorizeConditional`) only from such on-behalf-of credentials; the plain
 * mock drops the actor.
 */
export const httpAuthWithActors = createServiceFactory({
  service: coreServices.httpAuth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }): HttpAuthService {
    const httpAuth = mockServices.httpAuth({
      pluginId: plugin.getId(),
      defaultCredentials: mockCredentials.none(),
    });
    const userTokenPrefix = mockCredentials.user
      .token('user:default/x')
      .split('{')[0];
    return {
      async credentials(req: Request, options?: any) {
        const credentials: BackstageCredentials = await httpAuth.credentials(
          req,
          options,
        );
        const token =
          req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '';
        const principal = credentials.principal as BackstageUserPrincipal;
        if (
          principal.type === 'user' &&
          token &&
          !token.startsWith(userTokenPrefix)
        ) {
          return mockCredentials.user(principal.userEntityRef, {
            actor: { subject: 'plugin:conference-learnings' },
          });
        }
        return credentials;
      },
      issueUserCookie: (res, options) => httpAuth.issueUserCookie(res, options),
    } as HttpAuthService;
  },
});
