// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { type LinkComponentProps, LinkProvider, useLinkComponent } from '../link/link-provider.js';
import { ThemeProvider } from '../theme/theme-provider.js';
import { FloatingNav } from './floating-nav.js';

function HomeLink() {
  const Link = useLinkComponent();
  return <Link href="/">Home</Link>;
}

function FrameworkLink({ href, children }: LinkComponentProps) {
  return (
    <a href={href} data-framework="">
      {children}
    </a>
  );
}

describe('FloatingNav on the server', () => {
  it('renders nothing (its portal target exists only in the browser) and loads nothing', () => {
    expect(typeof window).toBe('undefined');
    const loadIndex = vi.fn();
    const html = renderToString(
      <ThemeProvider>
        <main>
          <FloatingNav defaultOpen search={{ loadIndex }} author={{ href: '/about' }} />
        </main>
      </ThemeProvider>,
    );
    expect(html).toBe('<main></main>');
    expect(loadIndex).not.toHaveBeenCalled();
  });

  it('links go through the supplied link component, or a plain <a> without a provider', () => {
    expect(renderToString(<HomeLink />)).toBe('<a href="/">Home</a>');
    expect(
      renderToString(
        <LinkProvider component={FrameworkLink}>
          <HomeLink />
        </LinkProvider>,
      ),
    ).toBe('<a href="/" data-framework="">Home</a>');
  });
});
