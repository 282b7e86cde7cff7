import { configApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { isAllowedImageHost, SafeMarkdown } from './SafeMarkdown';

function renderMarkdown(content: string, allowedImageHosts?: string[]) {
  const config = mockApis.config({
    data: allowedImageHosts
      ? { conferenceLearnings: { markdown: { allowedImageHosts } } }
      : {},
  });
  return renderInTestApp(
    <TestApiProvider apis={[[configApiRef, config]]}>
      <SafeMarkdown content={content} />
    </TestApiProvider>,
  );
}

/** A link by its text; Backstage's Link tells screen readers it opens a new tab. */
const link = (text: string) =>
  screen.getByRole('link', { name: `${text}, Opens in a new window` });

describe('SafeMarkdown', () => {
  it('shows an image from a host not allowed as a link with its URL, never as an image', async () => {
    const { container } = await renderMarkdown(
      'A pixel ![x](http://any-host/pixel.png) and ![](https://images.example.com/a.png) and ![ref][pixel]\n\n[pixel]: https://tracker.example/p.gif',
    );
    expect(container.querySelector('img')).toBeNull();
    const pixel = link('Image “x”: http://any-host/pixel.png');
    expect(pixel).toHaveAttribute('href', 'http://any-host/pixel.png');
    expect(pixel).toHaveAttribute('target', '_blank');
    expect(pixel).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(link('Image: https://images.example.com/a.png')).toBeInTheDocument();
    expect(
      link('Image “ref”: https://tracker.example/p.gif'),
    ).toBeInTheDocument();
  });

  it('shows an image inside a link, such as a badge, as text in that link', async () => {
    const { container } = await renderMarkdown(
      '[![build](https://badges.example/build.svg)](https://ci.example/job)',
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a a')).toBeNull();
    expect(
      link('Image “build”: https://badges.example/build.svg'),
    ).toHaveAttribute('href', 'https://ci.example/job');
  });

  it('shows an image from an allowed host, exact or by subdomain wildcard', async () => {
    const { container } = await renderMarkdown(
      '![logo](https://images.example.com/logo.png) ![cdn](https://cdn.assets.example.org/a.png) ![apex](https://assets.example.org/b.png) ![other](https://evil.example.net/c.png)',
      ['images.example.com', '*.assets.example.org'],
    );
    const images = [...container.querySelectorAll('img')];
    expect(images.map(i => i.getAttribute('src'))).toEqual([
      'https://images.example.com/logo.png',
      'https://cdn.assets.example.org/a.png',
    ]);
    expect(images[0]).toHaveAttribute('alt', 'logo');
    expect(images[0]).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(
      link('Image “apex”: https://assets.example.org/b.png'),
    ).toBeInTheDocument();
    expect(
      link('Image “other”: https://evil.example.net/c.png'),
    ).toBeInTheDocument();
  });

  it('links only http(s) URLs: javascript:, data: and relative links and images are text', async () => {
    const { container } = await renderMarkdown(
      "[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [relative](/evil) ![js](javascript:alert('img')) ![data](data:image/png;base64,AAAA) [safe](https://example.com/safe)",
      ['example.com'],
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(link('safe')).toHaveAttribute('href', 'https://example.com/safe');
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('click data relative js data safe');
  });

  it('shows raw HTML as text: no iframe, image, embed or script is rendered', async () => {
    const html = [
      '<iframe src="https://evil.example/frame"></iframe>',
      '<img src="https://evil.example/pixel.png" onerror="alert(1)">',
      '<object data="https://evil.example/o"></object>',
      '<embed src="https://evil.example/e">',
      '<video src="https://evil.example/v.mp4"></video>',
      '<link rel="stylesheet" href="https://evil.example/s.css">',
      '<script>alert(1)</script>',
    ];
    const { container } = await renderMarkdown(
      `Inline ${html.join(' ')}\n\n<div>\n${html.join('\n')}\n</div>`,
      ['evil.example'],
    );
    expect(
      container.querySelector(
        'iframe, img, object, embed, video, link, script',
      ),
    ).toBeNull();
    for (const tag of ['<div>', ...html]) {
      expect(container.textContent).toContain(tag);
    }
  });
});

describe('isAllowedImageHost', () => {
  it.each([
    ['https://a.example.com/x.png', ['a.example.com'], true],
    ['http://A.Example.com:8080/x.png', ['a.example.COM'], true],
    ['https://b.a.example.com/x.png', ['*.example.com'], true],
    ['https://example.com/x.png', ['*.example.com'], false],
    ['https://notexample.com/x.png', ['*.example.com'], false],
    ['https://example.com.evil.net/x.png', ['example.com'], false],
    ['https://a.example.com/x.png', [], false],
  ])('%s with %j: %s', (url, hosts, allowed) => {
    expect(isAllowedImageHost(url, hosts)).toBe(allowed);
  });
});
