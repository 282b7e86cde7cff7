import { Entity } from '@backstage/catalog-model';
import { identityApiRef } from '@backstage/core-plugin-api';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  MockFetchApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ReactElement } from 'react';
import { useLocation } from 'react-router-dom';
import { conferenceLearningsApiRef, ConferenceLearningsClient } from '../api';
import { rootRouteRef } from '../routes';
import { GUEST } from './fixtures';

export interface RenderOptions {
  entity?: Entity;
  userEntityRef?: string;
  ownershipEntityRefs?: string[];
  /** Permission names to deny; everything else is allowed */
  deny?: string[];
  /** Initial route, e.g. `/?technology=technology:default/argo` */
  routeEntries?: string[];
}

/**
 * Renders with the real `ConferenceLearningsClient`, its discovery pointing at
 * the msw base URL, and test identity and permission APIs.
 */
export function renderWithBackend(
  element: ReactElement,
  options: RenderOptions = {},
) {
  const client = new ConferenceLearningsClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
    fetchApi: new MockFetchApi(),
  });
  const deny = new Set(options.deny ?? []);
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [conferenceLearningsApiRef, client],
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: options.userEntityRef ?? GUEST,
            ownershipEntityRefs: options.ownershipEntityRefs ?? [
              options.userEntityRef ?? GUEST,
              'group:default/shipment-squad',
            ],
          }),
        ],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: request =>
              deny.has(request.permission.name)
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          }),
        ],
      ]}
    >
      {options.entity ? (
        <EntityProvider entity={options.entity}>{element}</EntityProvider>
      ) : (
        element
      )}
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/conference-learnings': rootRouteRef,
      },
      routeEntries: options.routeEntries,
    },
  );
}

/** Shows the current URL's query string, so tests can check what the URL keeps. */
export function LocationDisplay() {
  const location = useLocation();
  return (
    <output data-testid="location">{`${location.pathname}${location.search}`}</output>
  );
}
