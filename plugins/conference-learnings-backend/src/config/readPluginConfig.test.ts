import { ConfigReader } from '@backstage/config';
import { readPluginConfig } from './readPluginConfig';

describe('readPluginConfig', () => {
  it('has defaults', () => {
    expect(readPluginConfig(new ConfigReader({}))).toEqual({
      refreshInterval: { seconds: 30 },
      pageSize: 500,
      changePolicy: 'authors',
    });
  });

  it('reads every key, durations in any form', () => {
    const config = readPluginConfig(
      new ConfigReader({
        conferenceLearnings: {
          index: { refreshInterval: '2 minutes', pageSize: 100 },
          learnings: { changePolicy: 'policy' },
        },
      }),
    );
    expect(config).toEqual({
      refreshInterval: { minutes: 2 },
      pageSize: 100,
      changePolicy: 'policy',
    });
    expect(
      readPluginConfig(
        new ConfigReader({
          conferenceLearnings: { index: { refreshInterval: { seconds: 5 } } },
        }),
      ).refreshInterval,
    ).toEqual({ seconds: 5 });
  });

  it('refuses invalid values', () => {
    expect(() =>
      readPluginConfig(
        new ConfigReader({
          conferenceLearnings: { learnings: { changePolicy: 'anyone' } },
        }),
      ),
    ).toThrow("changePolicy must be 'authors' or 'policy'");
    expect(() =>
      readPluginConfig(
        new ConfigReader({ conferenceLearnings: { index: { pageSize: 0 } } }),
      ),
    ).toThrow('pageSize must be an integer from 1 to 10000');
  });
});
