// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ThemeProvider } from './theme-provider.js';
import { themeScript } from './theme-script.js';
import { ThemeToggle } from './theme-toggle.js';

describe('theme on the server', () => {
  it('has no window or document here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders the toggle with every icon and word, so CSS can pick the right one before hydration', () => {
    const html = renderToString(
      <ThemeProvider>
        <ThemeToggle />
      </ThemeProvider>,
    );
    expect(html.match(/<svg/g)).toHaveLength(3);
    for (const option of ['light', 'dark', 'system']) {
      expect(html).toContain(`data-theme-option="${option}"`);
    }
    expect(html).toMatch(/>Theme: <span[^>]*>Light<\/span><span[^>]*>Dark<\/span><span[^>]*>System</);
    expect(html).toContain('type="button"');
  });

  it('exports the head script as a plain string', () => {
    expect(typeof themeScript).toBe('string');
    expect(themeScript).toContain('localStorage.getItem("inkwell-theme")');
  });
});
