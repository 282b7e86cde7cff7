import {
  cleanDescription,
  cleanLine,
  htmlToText,
  withoutLeadingSymbols,
} from './html';

describe('htmlToText: character references', () => {
  it('decodes named, decimal and hex references', () => {
    expect(
      htmlToText('Q&amp;A &#39;x&#39; &quot;y&quot; &#x2019; &ndash; &hellip;'),
    ).toBe('Q&A \'x\' "y" ’ – …');
  });

  it('decodes only once and leaves unknown names and bare ampersands alone', () => {
    expect(htmlToText('&amp;lt; &bogus; AT&T')).toBe('&lt; &bogus; AT&T');
  });

  it('decodes all the named references of HTML, not only common ones', () => {
    expect(
      htmlToText(
        'Caf&eacute; &Ccedil;a &frac34; &check; &NotNestedGreaterGreater; &Afr; &hellip;',
      ),
    ).toBe('Café Ça ¾ ✓ ⪢̸ 𝔄 …');
  });

  it('decodes references only with their semicolon, as in a URL query', () => {
    expect(htmlToText('?a=1&copy=2&amp &hellip &#39')).toBe(
      '?a=1&copy=2&amp &hellip &#39',
    );
  });

  it('makes U+FFFD of references to no character, never a lone surrogate', () => {
    expect(htmlToText('a&#0;b&#xD800;c&#x110000;d')).toBe(
      'a\ufffdb\ufffdc\ufffdd',
    );
  });
});

describe('htmlToText', () => {
  it('turns paragraphs into blank lines, <br> into a line break, <li> into a list item', () => {
    expect(htmlToText('<p>One</p><p>Two<br/>three</p><li>a')).toBe(
      '\n\nOne\n\n\n\nTwo\nthree\n\n\n- a',
    );
  });

  it('removes inline tags but not Markdown or placeholders', () => {
    expect(
      htmlToText(
        '<strong>Bold</strong> **md** <your-cluster> a < b <a href="x">link</a>',
      ),
    ).toBe('Bold **md** <your-cluster> a < b link');
  });

  it('does not turn encoded markup into tags', () => {
    expect(htmlToText('&lt;p&gt;literal&lt;/p&gt;')).toBe('<p>literal</p>');
  });
});

describe('cleanLine', () => {
  it('collapses whitespace, also non-breaking, and drops invisible characters', () => {
    expect(cleanLine(' Erica\u00a0Hughberg ')).toBe('Erica Hughberg');
    expect(cleanLine('\u200eRicardo \u200eLupo')).toBe('Ricardo Lupo');
    expect(cleanLine('  ')).toBeUndefined();
    expect(cleanLine(undefined)).toBeUndefined();
  });
});

describe('cleanDescription', () => {
  it('re-separates paragraphs that a scraper glued together', () => {
    expect(
      cleanDescription(
        'the CNCF project revolutionizing Internal Developer Portals.We’ll kick things off. Ready?Go! It is LIVE!Join us. Fast DNS.This talk. Done.A new era',
      ),
    ).toBe(
      'the CNCF project revolutionizing Internal Developer Portals.\n\nWe’ll kick things off. Ready?\n\nGo! It is LIVE!\n\nJoin us. Fast DNS.\n\nThis talk. Done.\n\nA new era',
    );
  });

  it.each([
    'Set up Node.js and TypeScript.',
    'Tools, e.g.Helm and Kustomize',
    'Agencies in the U.S.Army and elsewhere',
    'Built on ASP.NET for speed',
    'Mritunjay Sharma, Slim.AI, and others',
    'See https://example.com/Foo.Bar and `config.Name`',
  ])('leaves %j alone', text => {
    expect(cleanDescription(text)).toBe(text);
  });

  it('separates after a version number but not inside it', () => {
    expect(cleanDescription('Upgrade to v1.2.3.Then again')).toBe(
      'Upgrade to v1.2.3.\n\nThen again',
    );
  });

  it('separates a paragraph that starts in Markdown bold', () => {
    expect(
      cleanDescription('Come see us.**In order to attend** register'),
    ).toBe('Come see us.\n\n**In order to attend** register');
  });

  it('turns HTML into paragraphs and drops a "Read More" cut-off', () => {
    expect(
      cleanDescription(
        '<p>First &amp; best.</p><p>Then<br />more:</p><ul><li>a</li><li>b</li></ul><p>Second...Read More →</p>',
      ),
    ).toBe('First & best.\n\nThen\nmore:\n\n- a\n- b\n\nSecond…');
  });

  it('keeps Markdown as it is, with its indentation', () => {
    const markdown =
      '## Agenda\n\n- **Kthena Router**, a proxy\n  - nested [docs](https://k.io)\n\n    kubectl get pods';
    expect(cleanDescription(markdown)).toBe(markdown);
  });

  it('collapses the whitespace of HTML as a browser does', () => {
    expect(cleanDescription('<p>One\n   two</p>\n\n<p>  three </p>')).toBe(
      'One two\n\nthree',
    );
  });
});

describe('withoutLeadingSymbols', () => {
  it('drops decorating emoji', () => {
    expect(withoutLeadingSymbols('📚 Tutorials')).toBe('Tutorials');
    expect(withoutLeadingSymbols('⚡ Lightning Talks')).toBe('Lightning Talks');
    expect(withoutLeadingSymbols('Meet Asya🎭')).toBe('Meet Asya🎭');
    expect(withoutLeadingSymbols('🎉')).toBe('🎉');
  });
});

describe('hostile input: HTML and text cleaning', () => {
  it('drops scripts, styles and comments with their content, and leaves unclosed ones as text', () => {
    expect(
      htmlToText(
        'a<script type="x">alert(1)</SCRIPT >b<!-- hidden -->c<style>p{}</style>d',
      ),
    ).toBe('abcd');
    expect(htmlToText('a<script>b<style>c</style>d<!--e')).toBe(
      'a<script>bd<!--e',
    );
    expect(htmlToText('<scripts>a</scripts>')).toBe('<scripts>a</scripts>');
  });

  const MB = 1_000_000;
  const ampersands = '&'.repeat(MB / 2);
  const glued = 'We run Argo.It scales. '.repeat(MB / 23);
  it.each([
    ['a 1 MB word', 'x'.repeat(MB), 'x'.repeat(MB)],
    [
      '1 MB of glued sentences',
      glued,
      glued.replace(/Argo\.It/g, 'Argo.\n\nIt').trim(),
    ],
    [
      '1 MB of unclosed <script>',
      `<p>${'<script>'.repeat(MB / 8)}`,
      '<script>'.repeat(MB / 8),
    ],
    [
      '1 MB of unclosed <!--',
      `<p>${'<!--'.repeat(MB / 4)}`,
      '<!--'.repeat(MB / 4),
    ],
    [
      '1 MB of ampersands and unfinished references',
      `${ampersands}&#${'9'.repeat(MB / 4)}&${'a'.repeat(MB / 4)}`,
      `${ampersands}&#${'9'.repeat(MB / 4)}&${'a'.repeat(MB / 4)}`,
    ],
    [
      '1 MB of spaces before "...Read More"',
      `a${' '.repeat(MB)}...Read More`,
      'a…',
    ],
  ])('cleans %s in linear time', (_label, text, expected) => {
    const started = Date.now();
    const description = cleanDescription(text);
    // quadratic scans took minutes here; linear ones take milliseconds
    expect(Date.now() - started).toBeLessThan(5000);
    expect(description === expected).toBe(true);
  });

  it('keeps the meaning of abbreviations and a "Read More" cut-off after spaces', () => {
    expect(cleanDescription('See the U.S.Army talk.Then more')).toBe(
      'See the U.S.Army talk.\n\nThen more',
    );
    expect(cleanDescription(`Intro${' '.repeat(5)}...Read More →`)).toBe(
      'Intro…',
    );
  });
});
