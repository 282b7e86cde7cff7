import { Entity } from '@backstage/catalog-model';
import {
  Learning,
  RankedTalk,
  ServiceTalks,
  TalkSummary,
  TechnologySummary,
  TechnologyUser,
} from '@conference-learnings/plugin-conference-learnings-common';

export const BASE_URL = 'http://backstage.test/api/conference-learnings';
export const GUEST = 'user:default/guest';
export const SHIPMENT_TRACKER = 'component:default/shipment-tracker';

export const argoTalk: TalkSummary = {
  entityRef: 'talk:default/kubecon-eu-2024-argo-rollouts-at-scale',
  title: 'Progressive Delivery with Argo Rollouts at Scale',
  description: 'Canaries, analysis runs and **automatic** promotion.',
  conferenceRef: 'conference:default/kubecon-eu-2024',
  conferenceTitle: 'KubeCon + CloudNativeCon Europe 2024',
  year: 2024,
  speakers: [{ name: 'Ana Example', affiliation: 'Acme' }],
  startsAt: '2024-03-20T10:30:00Z',
  type: 'session',
  track: 'Application Delivery',
  technologyRefs: ['technology:default/argo', 'technology:default/kubernetes'],
  curatedTechnologyRefs: ['technology:default/argo'],
  video: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  slides: 'https://example.com/slides.pdf',
};

export const kyvernoTalk: TalkSummary = {
  entityRef: 'talk:default/kubecon-india-2024-kyverno-policies',
  title: 'Policy as Code with Kyverno',
  conferenceRef: 'conference:default/kubecon-india-2024',
  conferenceTitle: 'KubeCon + CloudNativeCon India 2024',
  year: 2024,
  speakers: [{ name: 'Bo Example' }],
  startsAt: '2024-12-11T09:00:00Z',
  type: 'keynote',
  track: 'Security',
  technologyRefs: ['technology:default/kyverno'],
  curatedTechnologyRefs: ['technology:default/kyverno'],
  // eslint-disable-next-line no-script-url -- hostile input on purpose
  slides: 'javascript:alert(1)',
};

export const kubernetesTalk: TalkSummary = {
  entityRef: 'talk:default/kubecon-eu-2024-ten-years-of-kubernetes',
  title: 'Ten Years of Kubernetes',
  conferenceRef: 'conference:default/kubecon-eu-2024',
  conferenceTitle: 'KubeCon + CloudNativeCon Europe 2024',
  year: 2024,
  speakers: [{ name: 'Cy Example', affiliation: 'CNCF' }],
  startsAt: '2024-03-21T14:00:00Z',
  type: 'keynote',
  technologyRefs: ['technology:default/kubernetes'],
  curatedTechnologyRefs: [],
};

export const allTalks = [argoTalk, kyvernoTalk, kubernetesTalk];

export const argoRanked: RankedTalk = {
  talk: argoTalk,
  score: 0.91,
  reasons: [
    {
      type: 'technology',
      technologyRef: 'technology:default/argo',
      technologyTitle: 'Argo',
      coverage: 'curated',
      weight: 1.2,
      contribution: 0.9,
      usedBy: [
        {
          entityRef: SHIPMENT_TRACKER,
          reasons: [{ type: 'annotation', annotation: 'argocd/app-name' }],
        },
      ],
      usedByCount: 1,
    },
  ],
};

export const technologies: TechnologySummary[] = [
  {
    entityRef: 'technology:default/argo',
    name: 'argo',
    title: 'Argo',
    category: 'App Definition and Development',
    subcategory: 'Continuous Integration & Delivery',
    maturity: 'graduated',
    aliases: ['Argo CD', 'Argo Rollouts'],
    talkCount: 12,
    curatedTalkCount: 8,
    entityCount: 2,
  },
  {
    entityRef: 'technology:default/kyverno',
    name: 'kyverno',
    title: 'Kyverno',
    category: 'Provisioning',
    subcategory: 'Security & Compliance',
    maturity: 'incubating',
    aliases: [],
    talkCount: 3,
    curatedTalkCount: 3,
    entityCount: 1,
  },
  {
    entityRef: 'technology:default/kubernetes',
    name: 'kubernetes',
    title: 'Kubernetes',
    category: 'Orchestration & Management',
    subcategory: 'Scheduling & Orchestration',
    maturity: 'graduated',
    aliases: ['k8s'],
    talkCount: 40,
    curatedTalkCount: 20,
    entityCount: 5,
  },
  {
    entityRef: 'technology:default/dagger',
    name: 'dagger',
    title: 'Dagger',
    aliases: [],
    talkCount: 0,
    curatedTalkCount: 0,
    entityCount: 0,
  },
];

export function learning(overrides: Partial<Learning> = {}): Learning {
  return {
    id: '3f1c1b8e-1d2a-4c55-9d7e-1234567890ab',
    talkRef: argoTalk.entityRef,
    talkTitle: argoTalk.title,
    body: 'Start canaries at **5%** and let the analysis promote them.',
    technologyRefs: ['technology:default/argo'],
    createdBy: 'user:default/sofia-marquez',
    createdAt: '2024-04-02T08:00:00Z',
    orphaned: false,
    ...overrides,
  };
}

export const shipmentTracker: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'shipment-tracker',
    namespace: 'default',
    title: 'Shipment Tracker',
    annotations: { 'argocd/app-name': 'shipment-tracker' },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/shipment-squad',
  },
  relations: [
    { type: 'usesTechnology', targetRef: 'technology:default/argo' },
    { type: 'ownedBy', targetRef: 'group:default/shipment-squad' },
  ],
};

export const talkEntity: Entity = {
  apiVersion: 'conference-learnings.io/v1alpha1',
  kind: 'Talk',
  metadata: {
    name: 'kubecon-eu-2024-argo-rollouts-at-scale',
    namespace: 'default',
    title: 'Progressive Delivery with Argo Rollouts at Scale',
    description:
      'Canaries with **analysis runs**. <script>alert(1)</script> [Click](javascript:alert(1)) and [docs](https://argoproj.github.io/rollouts/).',
  },
  spec: {
    conference: 'conference:default/kubecon-eu-2024',
    startsAt: '2024-03-20T10:30:00Z',
    type: 'session',
    track: 'Application Delivery',
    speakers: [
      {
        name: 'Ana Example',
        affiliation: 'Acme',
        url: 'https://example.com/ana',
      },
      // eslint-disable-next-line no-script-url -- hostile input on purpose
      { name: 'Bo Example', url: 'javascript:alert(1)' },
    ],
    technologies: ['argo'],
    video: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    slides: 'https://example.com/slides.pdf',
  },
  relations: [
    { type: 'coversTechnology', targetRef: 'technology:default/argo' },
    { type: 'coversTechnology', targetRef: 'technology:default/kubernetes' },
    { type: 'partOf', targetRef: 'conference:default/kubecon-eu-2024' },
  ],
};

export const argoEntity: Entity = {
  apiVersion: 'conference-learnings.io/v1alpha1',
  kind: 'Technology',
  metadata: { name: 'argo', namespace: 'default', title: 'Argo' },
  spec: { maturity: 'graduated', aliases: ['Argo CD', 'ArgoCD'] },
  relations: [
    { type: 'technologyUsedBy', targetRef: SHIPMENT_TRACKER },
    {
      type: 'technologyUsedBy',
      targetRef: 'component:default/cluster-fleet-config',
    },
    { type: 'technologyUsedBy', targetRef: 'system:default/delivery-platform' },
  ],
};

const ARGO_USE = {
  technologyRef: 'technology:default/argo',
  technologyTitle: 'Argo',
};
const KUBERNETES_USE = {
  technologyRef: 'technology:default/kubernetes',
  technologyTitle: 'Kubernetes',
};

/** Shipment Tracker as the backend lists it among the users of Argo. */
export const shipmentTrackerUser: TechnologyUser = {
  entityRef: SHIPMENT_TRACKER,
  kind: 'Component',
  title: 'Shipment Tracker',
  type: 'service',
  ownerRef: 'group:default/shipment-squad',
  uses: [
    {
      ...ARGO_USE,
      reasons: [{ type: 'annotation', annotation: 'argocd/app-name' }],
    },
  ],
};

/** Declares Argo explicitly and with a tag, Kubernetes with a tag. */
export const clusterFleetConfigUser: TechnologyUser = {
  entityRef: 'component:default/cluster-fleet-config',
  kind: 'Component',
  title: 'Cluster Fleet Config',
  type: 'infrastructure',
  ownerRef: 'group:default/platform-engineering',
  uses: [
    {
      ...ARGO_USE,
      reasons: [
        {
          type: 'explicit',
          annotation: 'conference-learnings.io/technologies',
          value: 'argocd',
        },
        { type: 'tag', tag: 'argocd' },
      ],
    },
    { ...KUBERNETES_USE, reasons: [{ type: 'tag', tag: 'k8s' }] },
  ],
};

/** Uses Argo through a relation another processor emitted: no recorded reason. */
export const deliveryPlatformUser: TechnologyUser = {
  entityRef: 'system:default/delivery-platform',
  kind: 'System',
  title: 'delivery-platform',
  ownerRef: 'group:default/platform-engineering',
  uses: [{ ...ARGO_USE, reasons: [{ type: 'relation' }] }],
};

/** Shipment Tracker on the "For my teams" tab: the Argo talk is for it. */
export const shipmentTrackerTalks: ServiceTalks = {
  service: shipmentTrackerUser,
  talks: [
    {
      talk: argoTalk,
      score: 0.91,
      technologies: [{ ...ARGO_USE, coverage: 'curated' }],
    },
  ],
  talkCount: 1,
};

export const conferenceEntity: Entity = {
  apiVersion: 'conference-learnings.io/v1alpha1',
  kind: 'Conference',
  metadata: {
    name: 'kubecon-eu-2024',
    namespace: 'default',
    title: 'KubeCon + CloudNativeCon Europe 2024',
  },
  spec: { startDate: '2024-03-19', endDate: '2024-03-22' },
};
