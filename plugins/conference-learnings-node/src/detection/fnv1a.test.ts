import { fnv1a, FNV1A_OFFSET_BASIS } from './fnv1a';
import { hashKey } from './tokenize';
import { conferenceEntityName } from '../import/slugs';

/** FNV-1a of the text's UTF-16 code units, as an unsigned 32-bit number. */
const hash = (text: string) =>
  [...text].reduce(
    (h, char) => fnv1a(h, char.charCodeAt(0)),
    FNV1A_OFFSET_BASIS,
  ) >>> 0;

describe('fnv1a', () => {
  it('gives the published FNV-1a test vectors', () => {
    expect(hash('')).toBe(0x811c9dc5);
    expect(hash('a')).toBe(0xe40c292c);
    expect(hash('foobar')).toBe(0xbf9cf968);
  });

  it('is the hash of both the tokenizer and the entity names', () => {
    expect(hashKey('kubernetes')).toBe(hash('kubernetes') & 0x3fffffff);
    // names given before the hashes were shared: they must not change
    expect(
      conferenceEntityName('KubeCon + CloudNativeCon North America 2019'),
    ).toBe('kubecon-cloudnativecon-north-ce17de4a');
    expect(conferenceEntityName('线上峰会')).toBe('conference-1d88efaa');
  });
});
