import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ThemeProvider } from './theme-provider.js';
import { THEME_STORAGE_KEY, themeScript } from './theme-script.js';
import { ThemeToggle } from './theme-toggle.js';

/** Runs the real head script, as a page would before first paint. */
function runHeadScript() {
  new Function(themeScript)();
}

const root = document.documentElement;
const isDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

const meta = {
  title: 'Theme/ThemeToggle',
  component: ThemeToggle,
  decorators: [
    (Story) => (
      <ThemeProvider>
        <main style={{ padding: 24, background: 'var(--inkwell-bg)', color: 'var(--inkwell-fg)' }}>
          <p>Page text follows the theme.</p>
          <Story />
        </main>
      </ThemeProvider>
    ),
  ],
  beforeEach: () => {
    localStorage.removeItem(THEME_STORAGE_KEY);
    return () => {
      localStorage.removeItem(THEME_STORAGE_KEY);
      root.removeAttribute('data-theme');
      root.removeAttribute('data-theme-preference');
    };
  },
} satisfies Meta<typeof ThemeToggle>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Light: Story = {
  beforeEach: () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    runHeadScript();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(root).toHaveAttribute('data-theme', 'light');
    // The name comes from CSS picking the word that matches <html data-theme-preference>.
    const toggle = canvas.getByRole('button', { name: 'Theme: Light' });
    await expect(getComputedStyle(canvasElement.querySelector('main') as HTMLElement).backgroundColor).toBe(
      'rgb(255, 255, 255)',
    );
    await userEvent.tab();
    await expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    // From light, the next stop is whatever is not the system theme's twin.
    const next = isDark() ? 'Dark' : 'System';
    await expect(canvas.getByRole('button', { name: `Theme: ${next}` })).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(`Theme: ${next}`);
  },
};

export const Dark: Story = {
  beforeEach: () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    runHeadScript();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await expect(root).toHaveAttribute('data-theme-preference', 'dark');
    await expect(getComputedStyle(canvasElement.querySelector('main') as HTMLElement).backgroundColor).toBe(
      'rgb(21, 24, 29)',
    );
    const toggle = canvas.getByRole('button', { name: 'Theme: Dark' });
    await userEvent.tab();
    await expect(toggle).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
    await expect(root).toHaveAttribute('data-theme', 'light');
    await expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
  },
};

export const System: Story = {
  beforeEach: () => {
    runHeadScript();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const system = isDark() ? 'dark' : 'light';
    await expect(root).toHaveAttribute('data-theme', system);
    await expect(root).toHaveAttribute('data-theme-preference', 'system');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Theme: System' })).toHaveFocus();
    // The first press from "system" always changes what the reader sees.
    await userEvent.keyboard('{Enter}');
    await expect(root).toHaveAttribute('data-theme', system === 'dark' ? 'light' : 'dark');
  },
};

export const SyncsAcrossTabs: Story = {
  beforeEach: () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    runHeadScript();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Another tab saves "dark": the browser updates storage and fires `storage` here.
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'dark' }));
    await waitFor(() => expect(root).toHaveAttribute('data-theme', 'dark'));
    await expect(canvas.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  },
};

export const WithLabel: Story = {
  args: { showLabel: true },
  beforeEach: () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    runHeadScript();
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Dark')).toBeVisible();
    await expect(within(canvasElement).queryByText('Light')).not.toBeVisible();
  },
};
