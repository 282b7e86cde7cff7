import { parseDocument } from 'yaml';
import { tagDocuments } from './tagDocuments';

const detect = (title: string, description?: string) =>
  `${title} ${description ?? ''}`.includes('Argo')
    ? ['technology:default/argo']
    : [];

const talk = (spec: string, end = '\n') =>
  `apiVersion: conference-learnings.io/v1alpha1
kind: Talk
metadata:
  name: t
  title: Argo at scale
spec:
${spec}${end}`;

describe('tagDocuments', () => {
  it('inserts lines in the style of the document, keeping CRLF line ends', () => {
    const text = talk(
      '  conference: c\n  speakers:\n  - name: A # indentless list',
    ).replace(/\n/g, '\r\n');
    const result = tagDocuments(text, detect, 'talks.yaml');
    expect(result.text).toBe(
      `${text}  technologies:\r\n  - technology:default/argo\r\n`,
    );
  });

  it('handles a last line without a line break', () => {
    const text = talk('  conference: c', '');
    expect(tagDocuments(text, detect, 'talks.yaml').text).toBe(
      `${text}\n  technologies:\n    - technology:default/argo\n`,
    );
  });

  it('creates spec.technologies of a Talk without spec through the Document API', () => {
    const text = talk('', '').replace('spec:\n', '# no spec yet\n');
    const result = tagDocuments(text, detect, 'talks.yaml');
    expect(result.text).toContain('# no spec yet');
    expect(parseDocument(result.text).toJS().spec).toEqual({
      technologies: ['technology:default/argo'],
    });
    expect(result).toMatchObject({ talks: 1, taggedTalks: 1, added: 1 });
  });

  it('leaves other kinds, and Talks of other apiVersions, alone', () => {
    const text = `${talk('  conference: c').replace(
      'conference-learnings.io/v1alpha1',
      'example.com/v1',
    )}---\nkind: Component\nmetadata:\n  title: Argo\n`;
    expect(tagDocuments(text, detect, 'x.yaml')).toEqual({
      text,
      talks: 0,
      taggedTalks: 0,
      added: 0,
    });
  });
});
