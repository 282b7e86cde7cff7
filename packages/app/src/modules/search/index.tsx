import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { searchPage } from '@backstage/plugin-search/alpha';
import {
  SearchFilterBlueprint,
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';

/**
 * The search plugin's page (its path, title and nav item kept) with the content
 * of ./SearchPage: the result types are the catalog's and those extensions add,
 * without Backstage's built-in TechDocs type that nothing here indexes.
 */
export const searchModule = createFrontendModule({
  pluginId: 'search',
  extensions: [
    searchPage.override({
      factory(originalFactory, { config, inputs }) {
        const resultTypes = inputs.resultTypes.map(type =>
          type.get(SearchFilterResultTypeBlueprint.dataRefs.resultType),
        );
        const items = inputs.items.map(item =>
          item.get(SearchResultListItemBlueprint.dataRefs.item),
        );
        const filters = inputs.searchFilters.map(
          filter =>
            filter.get(SearchFilterBlueprint.dataRefs.searchFilters).component,
        );
        return originalFactory({
          params: {
            loader: () =>
              import('./SearchPage').then(m => (
                <m.SearchPage
                  resultTypes={resultTypes}
                  items={items}
                  filters={filters}
                  noTrack={config.noTrack}
                />
              )),
          },
        });
      },
    }),
  ],
});
