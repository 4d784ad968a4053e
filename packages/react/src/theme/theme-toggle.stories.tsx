import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { StoryMain } from '../../test/stories/story-main.js';
import { ThemeProvider } from './theme-provider.js';
import { createThemeScript, THEME_STORAGE_KEY } from './theme-script.js';
import { ThemeToggle } from './theme-toggle.js';

/** Runs the real head script, as a page would before first paint. */
function runHeadScript() {
  new Function(createThemeScript({ storageKey: storyKey }))();
}

const root = document.documentElement;

/**
 * Where this story keeps the preference: its own key (the package's default plus the story id), since
 * the frames of the docs page share one localStorage and would otherwise all follow the last one.
 */
let storyKey = THEME_STORAGE_KEY;
const isDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

const meta = {
  title: 'Theme/ThemeToggle',
  component: ThemeToggle,
  decorators: [
    (Story) => (
      <ThemeProvider storageKey={storyKey}>
        <StoryMain
          data-story-page=""
          style={{ padding: 24, background: 'var(--inkwell-bg)', color: 'var(--inkwell-fg)' }}
        >
          <p>Page text follows the theme.</p>
          <Story />
        </StoryMain>
      </ThemeProvider>
    ),
  ],
  parameters: {
    // The toggle owns <html data-theme>: the toolbar's theme switch stays out of its way, and on the
    // docs page each story gets its own frame (its own <html>) instead of fighting over one.
    themeToolbar: false,
    docs: { story: { inline: false, iframeHeight: 140 } },
  },
  beforeEach: ({ id }) => {
    storyKey = `${THEME_STORAGE_KEY}:${id}`;
    localStorage.removeItem(storyKey);
    return () => {
      localStorage.removeItem(storyKey);
      root.removeAttribute('data-theme');
      root.removeAttribute('data-theme-preference');
    };
  },
} satisfies Meta<typeof ThemeToggle>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hidden from the sidebar and docs: an interaction test that ends somewhere else than it starts. */
const testOnly = ['!dev', '!autodocs'];

const remembered = (preference: 'light' | 'dark') => () => {
  localStorage.setItem(storyKey, preference);
  runHeadScript();
};

/** The reader chose light: the sun icon, named "Theme: Light". */
export const Light: Story = {
  beforeEach: remembered('light'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(root).toHaveAttribute('data-theme', 'light');
    // The name comes from CSS picking the word that matches <html data-theme-preference>.
    await expect(canvas.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
    await expect(
      getComputedStyle(canvasElement.querySelector('[data-story-page]') as HTMLElement).backgroundColor,
    ).toBe('rgb(255, 255, 255)');
  },
};

/** From light, Enter moves to the next preference, keeps focus, and announces it. */
export const LightToNextWithKeyboard: Story = {
  tags: testOnly,
  beforeEach: remembered('light'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Theme: Light' });
    await userEvent.tab();
    await expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    // From light, the next stop is whatever is not the system theme's twin.
    const next = isDark() ? 'Dark' : 'System';
    await expect(canvas.getByRole('button', { name: `Theme: ${next}` })).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent(`Theme: ${next}`);
  },
};

/** The reader chose dark: the moon icon, and the page in dark colours. */
export const Dark: Story = {
  beforeEach: remembered('dark'),
  play: async ({ canvasElement }) => {
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await expect(root).toHaveAttribute('data-theme-preference', 'dark');
    await expect(
      getComputedStyle(canvasElement.querySelector('[data-story-page]') as HTMLElement).backgroundColor,
    ).toBe('rgb(21, 24, 29)');
    await expect(within(canvasElement).getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  },
};

/** From dark, Space moves to light and remembers it. */
export const DarkToLightWithKeyboard: Story = {
  tags: testOnly,
  beforeEach: remembered('dark'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Theme: Dark' });
    await userEvent.tab();
    await expect(toggle).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
    await expect(root).toHaveAttribute('data-theme', 'light');
    await expect(localStorage.getItem(storyKey)).toBe('light');
  },
};

/** No choice saved: the page follows the system, and the toggle says "System". */
export const System: Story = {
  beforeEach: () => {
    runHeadScript();
  },
  play: async ({ canvasElement }) => {
    const system = isDark() ? 'dark' : 'light';
    await expect(root).toHaveAttribute('data-theme', system);
    await expect(root).toHaveAttribute('data-theme-preference', 'system');
    await expect(within(canvasElement).getByRole('button', { name: 'Theme: System' })).toBeVisible();
  },
};

/** From "system" the first press always changes what the reader sees. */
export const SystemToOppositeWithKeyboard: Story = {
  tags: testOnly,
  beforeEach: () => {
    runHeadScript();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const system = isDark() ? 'dark' : 'light';
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Theme: System' })).toHaveFocus();
    // The first press from "system" always changes what the reader sees.
    await userEvent.keyboard('{Enter}');
    await expect(root).toHaveAttribute('data-theme', system === 'dark' ? 'light' : 'dark');
  },
};

/** A choice made in another tab applies here too. */
export const SyncsAcrossTabs: Story = {
  tags: testOnly,
  beforeEach: () => {
    localStorage.setItem(storyKey, 'light');
    runHeadScript();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Another tab saves "dark": the browser updates storage and fires `storage` here.
    localStorage.setItem(storyKey, 'dark');
    window.dispatchEvent(new StorageEvent('storage', { key: storyKey, newValue: 'dark' }));
    await waitFor(() => expect(root).toHaveAttribute('data-theme', 'dark'));
    await expect(canvas.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  },
};

/** With the word shown next to the icon (`showLabel`). */
export const WithLabel: Story = {
  args: { showLabel: true },
  beforeEach: () => {
    localStorage.setItem(storyKey, 'dark');
    runHeadScript();
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Dark')).toBeVisible();
    await expect(within(canvasElement).queryByText('Light')).not.toBeVisible();
  },
};
