import { InputError } from '@backstage/errors';
import {
  parseCreateLearningRequest,
  parseCreateTalkLinkRequest,
  parseRefOfKind,
  parseUpdateLearningRequest,
} from './requests';

describe('request parsers', () => {
  it('normalise refs: kind and namespace may be omitted, case does not matter', () => {
    expect(parseRefOfKind('Argo', 'Technology', 'technology')).toBe(
      'technology:default/argo',
    );
    expect(
      parseRefOfKind('Technology:Default/Argo', 'Technology', 'technology'),
    ).toBe('technology:default/argo');
    expect(() => parseRefOfKind('component:x', 'Talk', 'talkRef')).toThrow(
      'talkRef must refer to a Talk, not a component: component:x',
    );
    expect(() => parseRefOfKind('a b', 'Talk', 'talkRef')).toThrow(InputError);
  });

  it('parse links, trimming notes and dropping empty ones', () => {
    expect(
      parseCreateTalkLinkRequest({ talkRef: 'my-talk', note: '  ' }),
    ).toEqual({ talkRef: 'talk:default/my-talk' });
    expect(
      parseCreateTalkLinkRequest({ talkRef: 'talk:ns/t', note: ' Why ' }),
    ).toEqual({ talkRef: 'talk:ns/t', note: 'Why' });
  });

  it('parse learnings: trimmed Markdown of at most 10,000 characters, unique technologies', () => {
    expect(
      parseCreateLearningRequest({
        body: ' # Notes ',
        technologyRefs: ['argo', 'technology:default/argo', 'helm'],
      }),
    ).toEqual({
      body: '# Notes',
      technologyRefs: ['technology:default/argo', 'technology:default/helm'],
    });
    expect(
      parseCreateLearningRequest({ body: 'é'.repeat(10_000) }).body,
    ).toHaveLength(10_000);
    expect(() =>
      parseCreateLearningRequest({ body: 'x'.repeat(10_001) }),
    ).toThrow('body must be at most 10000 characters long, not 10001');
    expect(() =>
      parseCreateLearningRequest({
        body: 'x',
        technologyRefs: Array.from({ length: 21 }, (_, i) => `t${i}`),
      }),
    ).toThrow('technologyRefs may name at most 20 technologies');
    expect(parseUpdateLearningRequest({ technologyRefs: [] })).toEqual({
      technologyRefs: [],
    });
    expect(() => parseUpdateLearningRequest({})).toThrow(
      'Give body, technologyRefs or both to change',
    );
  });

  it('refuse text a database cannot store as given: NUL characters and unpaired surrogates', () => {
    for (const text of ['a\u0000b', 'a\ud800b', '\udc00', '😀\ud83d']) {
      expect(() => parseCreateLearningRequest({ body: text })).toThrow(
        'body must not contain NUL characters or unpaired surrogates',
      );
      expect(() => parseUpdateLearningRequest({ body: text })).toThrow(
        'body must not contain NUL characters or unpaired surrogates',
      );
      expect(() =>
        parseCreateTalkLinkRequest({ talkRef: 't', note: text }),
      ).toThrow('note must not contain NUL characters or unpaired surrogates');
    }
    // Paired surrogates (emoji) and other control characters are fine.
    expect(parseCreateLearningRequest({ body: '😀 a\u0001b' }).body).toBe(
      '😀 a\u0001b',
    );
  });
});
