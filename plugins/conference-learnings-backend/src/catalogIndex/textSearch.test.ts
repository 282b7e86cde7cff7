import { TextSearchIndex, tokenize } from './textSearch';

describe('tokenize', () => {
  it('lower-cases, removes diacritics and splits on anything but letters and digits', () => {
    expect(tokenize('Kubernetes-Operatoren für Café k8s, Argo CD!')).toEqual([
      'kubernetes',
      'operatoren',
      'fur',
      'cafe',
      'k8s',
      'argo',
      'cd',
    ]);
  });
});

describe('TextSearchIndex', () => {
  const index = TextSearchIndex.build([
    [
      { text: 'GitOps with Argo CD', weight: 3 },
      { text: 'Scaling Kubernetes', weight: 1 },
    ],
    [
      { text: 'Kubernetes at scale', weight: 3 },
      { text: 'mentions argo once', weight: 1 },
    ],
    [{ text: 'Service mesh deep dive', weight: 3 }],
    [{ text: 'Argonauts', weight: 3 }],
  ]);

  const search = (query: string) => {
    const result = index.search(query);
    return (
      result && new Map([...result.ids].map((id, i) => [id, result.scores[i]]))
    );
  };

  it('matches documents containing every term, title matches scoring higher', () => {
    const argo = search('argo cd');
    expect([...argo!.keys()].sort()).toEqual([0]);
    const kubernetes = search('kubernetes');
    expect([...kubernetes!.keys()].sort()).toEqual([0, 1]);
    expect(kubernetes!.get(1)).toBeGreaterThan(kubernetes!.get(0)!);
    expect([...search('argo kubernetes')!.keys()].sort()).toEqual([0, 1]);
    expect([...search('argo mesh')!.keys()]).toEqual([]);
  });

  it('treats terms of three or more characters as prefixes too, exact matches first', () => {
    expect([...search('kube')!.keys()].sort()).toEqual([0, 1]);
    expect([...search('sca')!.keys()].sort()).toEqual([0, 1]);
    expect(search('ku')!.size).toBe(0);
    const argo = search('argo')!;
    expect([...argo.keys()].sort()).toEqual([0, 1, 3]);
    expect(argo.get(0)).toBeGreaterThan(argo.get(3)!);
  });

  it('filters nothing for a query without terms', () => {
    expect(search(' -- ')).toBeUndefined();
  });
});
