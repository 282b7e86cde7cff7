import { nameTokens, tokenize } from './tokenize';

const keys = (text: string) => {
  const tokens = tokenize(text);
  return Array.from(tokens.starts, (_, i) => tokens.key(i));
};

describe('tokenize', () => {
  it('splits words and keeps their offsets into the text', () => {
    const text = '“Kubernetes’ kube-apiserver” — 🚀 Argo CD';
    const tokens = tokenize(text);
    expect(
      Array.from(tokens.starts, (s, i) => text.slice(s, tokens.ends[i])),
    ).toEqual(['Kubernetes', 'kube', 'apiserver', 'Argo', 'CD']);
    expect(keys(text)).toEqual([
      'kubernetes',
      'kube',
      'apiserver',
      'argo',
      'cd',
    ]);
  });

  it('keeps the forms C++, C# and .NET', () => {
    expect(keys('C++, C# and .NET but not v1.NET')).toEqual([
      'c++',
      'c#',
      'and',
      '.net',
      'but',
      'not',
      'v1',
      'net',
    ]);
  });

  it('skips links', () => {
    expect(
      keys('see https://falco.org/docs, http://x.io or www.cncf.io now'),
    ).toEqual(['see', 'or', 'now']);
  });

  it('notes capital steps inside words', () => {
    const tokens = tokenize('GrafanaOpen source and MultiKueue');
    expect([...tokens.capitalSteps.entries()]).toEqual([
      [0, 7],
      [3, 28],
    ]);
  });

  it('splits names as it splits texts', () => {
    for (const name of [
      'Open Policy Agent (OPA)',
      'C++',
      '.NET',
      'cert-manager',
      'Node.js',
      'Elastisys Welkin®',
      'kube-rs',
    ]) {
      expect(nameTokens(name)).toEqual(keys(name));
    }
  });
});
