export { TalkOverviewCard } from './TalkOverviewCard';
export { TalkLearningsCard } from './TalkLearningsCard';
export { TalkServicesCard } from './TalkServicesCard';
export { TechnologyTalksCard } from './TechnologyTalksCard';
export { TechnologyUsedByCard } from './TechnologyUsedByCard';
export { ConferenceTalksCard } from './ConferenceTalksCard';
