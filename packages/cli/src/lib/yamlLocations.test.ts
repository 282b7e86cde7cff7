import { LineCounter, parseDocument } from 'yaml';
import { fieldPathOf, lineOfPath } from './yamlLocations';

describe('fieldPathOf', () => {
  it('reads the field a validation message starts with', () => {
    expect(fieldPathOf('spec.video must be an http(s) URL')).toEqual([
      'spec',
      'video',
    ]);
    expect(fieldPathOf('spec.speakers[2].name is required')).toEqual([
      'spec',
      'speakers',
      2,
      'name',
    ]);
    expect(fieldPathOf('an entity must be a mapping')).toEqual(['an']);
    expect(fieldPathOf('(broken) message')).toBeUndefined();
  });
});

describe('lineOfPath', () => {
  const text = `# comment
apiVersion: v1
spec:
  speakers:
    - name: A
    - affiliation: B
  video: ftp://x
`;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });

  it('finds the line of the deepest existing node on the path', () => {
    expect(lineOfPath(doc, lineCounter, ['spec', 'video'])).toBe(7);
    expect(lineOfPath(doc, lineCounter, ['spec', 'speakers', 1, 'name'])).toBe(
      6,
    );
    expect(lineOfPath(doc, lineCounter, ['spec', 'missing'])).toBe(3);
    expect(lineOfPath(doc, lineCounter, ['nothing'])).toBe(2);
    expect(lineOfPath(doc, lineCounter)).toBe(2);
  });
});
