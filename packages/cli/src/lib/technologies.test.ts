import { loadTechnologyDetector, missingTechnologies } from './technologies';
import { landscapeFile } from '../__testUtils__/cli';

describe('missingTechnologies', () => {
  it('returns detected refs not named yet, in order, once each', () => {
    expect(
      missingTechnologies(
        ['argo', 'technology:default/HELM'],
        [
          'technology:default/argo',
          'technology:default/kafka',
          'technology:default/helm',
          'technology:default/kafka',
          'technology:default/cilium',
        ],
        'default',
      ),
    ).toEqual(['technology:default/kafka', 'technology:default/cilium']);
    // in another namespace, `argo` is another entity
    expect(
      missingTechnologies(['argo'], ['technology:default/argo'], 'events'),
    ).toEqual(['technology:default/argo']);
  });
});

describe('loadTechnologyDetector', () => {
  it('detects landscape technologies in a title and abstract', async () => {
    const detect = await loadTechnologyDetector(landscapeFile(), {
      fetch: async () => {
        throw new Error('no network in tests');
      },
    });
    expect(
      detect(
        'GitOps at scale',
        'We roll out with Argo CD and observe everything with OpenTelemetry.',
      ),
    ).toEqual(['technology:default/argo', 'technology:default/opentelemetry']);
    expect(detect('Lunch break')).toEqual([]);
  });
});
