import { parseCuratedTalks } from './parseCuratedTalks';

const curated = `
conferences:
  - name: kubecon-eu-2024
    title: KubeCon + CloudNativeCon Europe 2024
    startDate: '2024-03-19'
    endDate: '2024-03-22'
    location: Paris, France
    talks:
      - title: App of Apps at scale
        description: How we run **Argo CD** for 300 teams.
        speakers:
          - { name: Ana Example, affiliation: Acme }
        type: session
        technologies: [Argo, technology:default/kubernetes]
        video: https://www.youtube.com/watch?v=abc
technologies:
  - name: Open Policy Agent (OPA)
    maturity: graduated
    aliases: [OPA, Gatekeeper]
    homepage: https://www.openpolicyagent.org/
`;

describe('parseCuratedTalks', () => {
  it('turns conferences, talks and technologies into entities', () => {
    const entities = parseCuratedTalks(curated);
    expect(entities.map(e => `${e.kind}:${e.metadata.name}`)).toEqual([
      'Conference:kubecon-eu-2024',
      'Talk:kubecon-eu-2024-app-of-apps-at-scale',
      'Technology:open-policy-agent-opa',
    ]);
    expect(entities[1].spec).toMatchObject({
      conference: 'conference:default/kubecon-eu-2024',
      speakers: [{ name: 'Ana Example', affiliation: 'Acme' }],
      technologies: ['Argo', 'technology:default/kubernetes'],
      video: 'https://www.youtube.com/watch?v=abc',
    });
    expect(entities[2]).toMatchObject({
      metadata: { title: 'Open Policy Agent (OPA)' },
      spec: { maturity: 'graduated', aliases: ['OPA', 'Gatekeeper'] },
    });
  });

  it('yields the same entity names for the same file', () => {
    expect(parseCuratedTalks(curated)).toEqual(parseCuratedTalks(curated));
  });

  it.each([
    [
      curated.replace(
        'https://www.youtube.com/watch?v=abc',
        // eslint-disable-next-line no-script-url -- hostile input on purpose
        'javascript:alert(1)',
      ),
      'Curated talks: conferences[0].talks[0] ("App of Apps at scale").video must be an http(s) URL',
    ],
    [
      curated.replace('type: session', 'type: party'),
      'Curated talks: conferences[0].talks[0] ("App of Apps at scale").type must be one of keynote',
    ],
    [
      curated.replace('maturity: graduated', 'maturity: famous'),
      'Curated talks: technologies[0] ("Open Policy Agent (OPA)").maturity must be one of',
    ],
    [
      curated.replace('- title: App', '- titel: App'),
      'conferences[0].talks[0].title is required',
    ],
    ['conferences: {}', 'Curated talks: conferences must be a list'],
    ['just text', 'Curated talks: the file must be a mapping'],
    ['a: [', 'Curated talks: not valid YAML'],
    ['technologies: []', 'the file has neither conferences nor technologies'],
    [
      `${curated}\n  - name: open policy agent (opa)\n`,
      'Technology:default/open-policy-agent-opa is defined twice',
    ],
  ])(
    'rejects bad input with a message naming the field (%#)',
    (yaml, message) => {
      expect(() => parseCuratedTalks(yaml)).toThrow(message);
    },
  );
});
