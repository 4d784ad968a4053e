import { describe, expect, it } from 'vitest';
import { absolutizeHtml } from '../../src/feed/absolute-urls.js';

const base = 'https://example.com/blog/posts/hello/';

describe('absolutizeHtml', () => {
  it.each([
    ['<a href="#intro">x</a>', '<a href="https://example.com/blog/posts/hello/#intro">x</a>'],
    ['<a href="../other/">x</a>', '<a href="https://example.com/blog/posts/other/">x</a>'],
    ['<img src="/img/a.png" alt="">', '<img src="https://example.com/img/a.png" alt="">'],
    ['<img src="pic.png">', '<img src="https://example.com/blog/posts/hello/pic.png">'],
    ['<img src="//cdn.example.org/a.png">', '<img src="https://cdn.example.org/a.png">'],
    [
      '<video poster="p.jpg"><source src="v.webm"></video>',
      '<video poster="https://example.com/blog/posts/hello/p.jpg"><source src="https://example.com/blog/posts/hello/v.webm"></video>',
    ],
    [
      '<blockquote cite="/source">q</blockquote>',
      '<blockquote cite="https://example.com/source">q</blockquote>',
    ],
  ])('%s', (input, output) => {
    expect(absolutizeHtml(input, base)).toBe(output);
  });

  it('keeps absolute, mailto: and tel: URLs as they are', () => {
    const html = '<a href="https://nodejs.org/en/">a</a><a href="mailto:a@b.c">m</a><a href="tel:+123">t</a>';
    expect(absolutizeHtml(html, base)).toBe(html);
  });

  it('resolves every srcset candidate and keeps descriptors, even without spaces after commas', () => {
    expect(absolutizeHtml('<img srcset="a.png 1x,/b.png 2x, c.png 640w">', base)).toBe(
      '<img srcset="https://example.com/blog/posts/hello/a.png 1x, https://example.com/b.png 2x, https://example.com/blog/posts/hello/c.png 640w">',
    );
  });

  it('removes javascript: URLs', () => {
    expect(absolutizeHtml('<a href=" JavaScript:alert(1)">x</a>', base)).toBe('<a>x</a>');
  });

  it('leaves text, code and entities intact', () => {
    const html = '<p>a &amp; b &lt;tag> "q"</p><pre><code>if (a &lt; b) {}</code></pre>';
    expect(absolutizeHtml(html, base)).toBe(html);
    expect(absolutizeHtml('<p>&lt;tag&gt; &copy;</p>', base)).toBe('<p>&lt;tag&gt; &copy;</p>');
  });

  it('rewrites only the tags that change, keeping quotes, entities, scripts and comments', () => {
    const html =
      '<P CLASS=intro>x<IMG Src=\'a.png\' alt="q > r" disabled/><a href="?a=1&amp;b=2">q</a>' +
      '<script>var s = "<a href=x>"</script><!-- <a href=c> --></P>';
    expect(absolutizeHtml(html, base)).toBe(
      '<P CLASS=intro>x<IMG src="https://example.com/blog/posts/hello/a.png" alt="q > r" disabled="" /><a href="https://example.com/blog/posts/hello/?a=1&amp;b=2">q</a>' +
        '<script>var s = "<a href=x>"</script><!-- <a href=c> --></P>',
    );
  });

  it('leaves a URL it cannot parse as written', () => {
    expect(absolutizeHtml('<a href="http://[bad">x</a>', base)).toBe('<a href="http://[bad">x</a>');
  });
});
