import { Entity } from '@backstage/catalog-model';
import {
  findEntityProblems,
  validateConferenceLearningsEntity,
} from './validateEntity';

const talk = (spec: Record<string, unknown>): Entity => ({
  apiVersion: 'conference-learnings.io/v1alpha1',
  kind: 'Talk',
  metadata: { name: 'kubecon-eu-2024-app-of-apps', title: 'App of Apps' },
  spec: { conference: 'kubecon-eu-2024', ...spec },
});

describe('validateConferenceLearningsEntity', () => {
  it('accepts a complete talk', () => {
    expect(
      findEntityProblems(
        talk({
          speakers: [
            { name: 'Ana', affiliation: 'Acme', url: 'https://a.example' },
          ],
          startsAt: '2024-03-20T11:00:00Z',
          type: 'session',
          track: 'CI/CD',
          technologies: ['argo'],
          conference: 'Conference:Default/KubeCon-EU-2024',
          video: 'https://www.youtube.com/watch?v=abc',
          slides: 'http://slides.example/x.pdf',
        }),
      ),
    ).toEqual([]);
  });

  it('names the entity and the field of a non-http video URL', () => {
    expect(() =>
      // eslint-disable-next-line no-script-url -- hostile input on purpose
      validateConferenceLearningsEntity(talk({ video: 'javascript:alert(1)' })),
    ).toThrow(
      'Talk default/kubecon-eu-2024-app-of-apps: spec.video must be an http(s) URL',
    );
  });

  it.each([
    [{ slides: 'data:text/html,hi' }, 'spec.slides must be an http(s) URL'],
    [{ schedule: '/relative' }, 'spec.schedule must be an http(s) URL'],
    [{ startsAt: 'tomorrow' }, 'spec.startsAt must be an ISO 8601 date-time'],
    [{ type: 'rant' }, 'spec.type must be one of keynote, session'],
    [{ speakers: [{ affiliation: 'x' }] }, 'spec.speakers[0].name is required'],
    [
      { speakers: [{ name: 'a', url: 'ftp://x' }] },
      'spec.speakers[0].url must be an http(s) URL',
    ],
    [{ technologies: 'argo' }, 'spec.technologies must be array'],
    [{ vidoe: 'https://x' }, 'spec.vidoe is not a known field'],
    [
      { conference: 'conference:' },
      'spec.conference must be the ref of a Conference',
    ],
    [
      { conference: 'default/../..' },
      'spec.conference must be the ref of a Conference',
    ],
    [
      { conference: 'component:default/kubecon-eu-2024' },
      'spec.conference must be the ref of a Conference',
    ],
  ])('rejects %j', (spec, message) => {
    expect(findEntityProblems(talk(spec)).join('; ')).toContain(message);
  });

  it('requires a conference and a title', () => {
    const entity = talk({});
    delete entity.spec!.conference;
    delete entity.metadata.title;
    expect(findEntityProblems(entity)).toEqual([
      'metadata.title is required',
      'spec.conference is required',
    ]);
  });

  it('validates technologies and conferences', () => {
    const technology: Entity = {
      apiVersion: 'conference-learnings.io/v1alpha1',
      kind: 'Technology',
      metadata: { name: 'argo', title: 'Argo' },
      spec: { maturity: 'mature', homepage: 'argoproj.github.io' },
    };
    expect(findEntityProblems(technology)).toEqual([
      'spec.maturity must be one of graduated, incubating, sandbox, archived',
      'spec.homepage must be an http(s) URL',
    ]);
    const conference: Entity = {
      apiVersion: 'conference-learnings.io/v1alpha1',
      kind: 'Conference',
      metadata: { name: 'kubecon-eu-2024', title: 'KubeCon EU 2024' },
      spec: { startDate: '2024-03-19', endDate: '2024-02-30' },
    };
    expect(findEntityProblems(conference)).toEqual([
      'spec.endDate must be an ISO 8601 date (YYYY-MM-DD)',
    ]);
  });

  it('ignores kinds it does not define', () => {
    expect(
      findEntityProblems({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'x' },
        // eslint-disable-next-line no-script-url -- hostile input on purpose
        spec: { video: 'javascript:x' },
      }),
    ).toEqual([]);
  });
});
