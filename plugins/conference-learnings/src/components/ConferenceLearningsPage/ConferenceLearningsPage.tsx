import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { LearningsTab } from './LearningsTab';
import { MyTeamsTab } from './MyTeamsTab';
import { TalksTab } from './TalksTab';
import { TechnologiesTab } from './TechnologiesTab';

/** The page's tabs, in order: the first is the page's own path. */
const TABS = [
  { path: '/', title: 'Talks', Content: TalksTab },
  { path: '/technologies', title: 'Technologies', Content: TechnologiesTab },
  { path: '/my-teams', title: 'For my teams', Content: MyTeamsTab },
  { path: '/learnings', title: 'Learnings', Content: LearningsTab },
];

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
        {TABS.map(({ path, title, Content }) => (
          <TabbedLayout.Route key={path} path={path} title={title}>
            <Content />
          </TabbedLayout.Route>
        ))}
      </TabbedLayout>
    </Page>
  );
}
