import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { LearningsTab } from './LearningsTab';
import { MyTeamsTab } from './MyTeamsTab';
import { TalksTab } from './TalksTab';
import { TechnologiesTab } from './TechnologiesTab';

/**
 * The Conference Learnings page: talks (searchable, filterable), technologies,
 * talks for the signed-in user's teams, and the latest learnings.
 */
export function ConferenceLearningsPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Conference Learnings"
        subtitle="Conference talks on the technologies your services use, and what colleagues learned from them"
      />
      <TabbedLayout>
        <TabbedLayout.Route path="/" title="Talks">
          <TalksTab />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/technologies" title="Technologies">
          <TechnologiesTab />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/my-teams" title="For my teams">
          <MyTeamsTab />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/learnings" title="Learnings">
          <LearningsTab />
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}
