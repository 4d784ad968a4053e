// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { type LinkComponentProps, LinkProvider } from '../link/link-provider.js';
import { ThemeProvider } from '../theme/theme-provider.js';
import { FloatingNav } from './floating-nav.js';

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

  it('LinkProvider renders the supplied link component on the server', () => {
    const FrameworkLink = ({ href, children }: LinkComponentProps) => (
      <a href={href} data-framework="">
        {children}
      </a>
    );
    const html = renderToString(<LinkProvider component={FrameworkLink}>x</LinkProvider>);
    expect(html).toBe('x');
  });
});
