import type { Meta, StoryObj } from '@storybook/react-vite';
import type {} from '@vitest/browser-playwright';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createRecordingLink } from '../../test/recording-link.js';
import { emulateReducedMotion } from '../../test/stories/emulate-reduced-motion.js';
import { StoryMain } from '../../test/stories/story-main.js';
import { LinkProvider } from '../link/link-provider.js';
import type { SearchIndexLike } from '../search-sheet/search-types.js';
import { FloatingNav } from './floating-nav.js';

const screen = within(document.body);
const hubButton = () => screen.getByRole('button', { name: 'Menu' });
const hub = () => screen.getByRole('navigation', { name: 'Quick navigation' });

/** A framework link that records where it would go instead of leaving the story. */
const followed = fn((_href: string) => {});
const RouterLink = createRecordingLink(followed);

const index: SearchIndexLike = {
  search: (query) =>
    query.toLowerCase().startsWith('str')
      ? [
          {
            slug: 'streams',
            href: '/posts/streams/',
            title: 'Streams in practice',
            date: '2024-01-02',
            tags: ['streams'],
            score: 1,
          },
        ]
      : [],
  tags: () => [{ tag: 'streams', count: 1 }],
};
const loadIndex = fn(async () => index);

const meta = {
  title: 'Navigation/FloatingNav',
  component: FloatingNav,
  args: {
    search: { loadIndex, persistKey: false },
    share: { url: 'https://blog.example/posts/hello/', title: 'Hello', native: false },
    author: { href: '/about', label: 'About Ada' },
    items: [{ label: 'RSS feed', href: '/rss.xml' }],
  },
  decorators: [
    (Story) => (
      <LinkProvider component={RouterLink}>
        <StoryMain style={{ padding: 24, minHeight: '100vh' }}>
          <h1>A post</h1>
          <p>The hub sits at the bottom-right, where thumbs rest.</p>
          <button type="button">Something else on the page</button>
          <Story />
        </StoryMain>
      </LinkProvider>
    ),
  ],
  parameters: {
    // Each story in its own frame on the docs page: the hub is fixed to its window's bottom-right corner.
    docs: { story: { inline: false, iframeHeight: 480 } },
  },
  beforeEach: () => {
    followed.mockClear();
    loadIndex.mockClear();
  },
} satisfies Meta<typeof FloatingNav>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hidden from the sidebar and docs: an interaction test that ends somewhere else than it starts. */
const testOnly = ['!dev', '!autodocs'];

/** The typical use, unfolded: Search, Share, Theme, Home, the author page and a custom entry. */
export const Open: Story = {
  args: { defaultOpen: true },
  play: async () => {
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
    await expect(hub()).toHaveAttribute('data-state', 'open');
    for (const name of ['Search', 'Share', /^Theme: /]) {
      await expect(within(hub()).getByRole('button', { name })).toBeVisible();
    }
    await expect(within(hub()).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    await expect(within(hub()).getByRole('link', { name: 'About Ada' })).toBeVisible();
    await expect(within(hub()).getByRole('link', { name: 'RSS feed' })).toBeVisible();
  },
};

/** Folded, as a page loads: one round button at the bottom-right. */
export const Closed: Story = {
  play: async () => {
    const button = hubButton();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(hub()).toHaveAttribute('data-state', 'closed');
    const list = document.getElementById(button.getAttribute('aria-controls') ?? '');
    await expect(list).not.toBeNull();
    // Closed entries are neither visible nor reachable.
    await expect(within(list as HTMLElement).getByText('Home')).not.toBeVisible();
    await expect(list).toHaveAttribute('inert');
    // Rendered into <body>, outside the story's own root, so no transformed ancestor can trap it.
    await expect(hub().parentElement).toBe(document.body);
    const box = button.getBoundingClientRect();
    await expect(window.innerWidth - box.right).toBeLessThan(40);
    await expect(window.innerHeight - box.bottom).toBeLessThan(40);
  },
};

/** Enter unfolds the hub, Tab walks the entries in order, Escape folds it and returns focus. */
export const OpenWithKeyboard: Story = {
  tags: testOnly,
  play: async () => {
    const button = hubButton();
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(button).toHaveFocus();
    // Tab walks the entries in order: Search, Share, Theme, Home, Author, custom.
    const expected = [
      ['button', 'Search'],
      ['button', 'Share'],
      ['button', /^Theme: /],
      ['link', 'Home'],
      ['link', 'About Ada'],
      ['link', 'RSS feed'],
    ] as const;
    for (const [role, name] of expected) {
      await userEvent.tab();
      await expect(within(hub()).getByRole(role, { name })).toHaveFocus();
    }
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveFocus();
  },
};

/** A link goes through the supplied Link component and folds the hub. */
export const LinkFoldsTheHub: Story = {
  tags: testOnly,
  args: { defaultOpen: true },
  play: async () => {
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
    await expect(within(hub()).getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(within(hub()).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    // A link goes through the supplied Link component and folds the hub.
    await userEvent.click(within(hub()).getByRole('link', { name: 'About Ada' }));
    await expect(followed).toHaveBeenCalledWith('/about');
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
  },
};

/** A click outside folds the hub. */
export const ClickOutsideCloses: Story = {
  tags: testOnly,
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('heading', { name: 'A post' }));
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
  },
};

/** A mouse unfolds the hub on hover without moving focus; a click pins it open. */
export const HoverUnfurl: Story = {
  tags: testOnly,
  play: async ({ canvasElement }) => {
    const other = within(canvasElement).getByRole('button', { name: 'Something else on the page' });
    other.focus();
    await userEvent.hover(hubButton());
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
    // Unfolding on hover never moves focus.
    await expect(other).toHaveFocus();
    await userEvent.unhover(hubButton());
    await waitFor(() => expect(hubButton()).toHaveAttribute('aria-expanded', 'false'));
    // A click after a hover pins the hub open instead of closing it.
    await userEvent.hover(hubButton());
    await userEvent.click(hubButton());
    await userEvent.unhover(hubButton());
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
  },
};

// Its own loader: indexes load once per page, so an earlier story's prefetch must not count.
const prefetchedLoad = fn(async () => index);

/** The Search entry prefetches the index on focus and opens the search sheet. */
export const OpensSearch: Story = {
  tags: testOnly,
  args: { search: { loadIndex: prefetchedLoad, persistKey: false } },
  play: async () => {
    hubButton().focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    const search = within(hub()).getByRole('button', { name: 'Search' });
    await expect(search).toHaveFocus();
    // Focusing the entry starts downloading the index before it is needed.
    await expect(prefetchedLoad).toHaveBeenCalledOnce();
    await userEvent.keyboard('{Enter}');
    const input = await screen.findByRole('combobox', { name: 'Search posts' }, { timeout: 5000 }); // the sheet loads on first open
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.keyboard('str');
    await expect(await screen.findByRole('option', { name: /Streams in practice/ })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The Search entry is folded away, so focus returns to the hub button.
    await expect(hubButton()).toHaveFocus();
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Escape closes the share panel first, then the hub. */
export const EscapeClosesSharePanelFirst: Story = {
  tags: testOnly,
  args: { defaultOpen: true },
  play: async () => {
    const share = within(hub()).getByRole('button', { name: 'Share' });
    share.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(within(hub()).getByRole('link', { name: 'LinkedIn' })).toBeVisible());
    await userEvent.keyboard('{Escape}');
    await expect(share).toHaveFocus();
    await expect(within(hub()).queryByRole('link', { name: 'LinkedIn' })).toBeNull();
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
    await expect(hubButton()).toHaveFocus();
  },
};

const onOpenChange = fn();

/** Controlled (`open` + `onOpenChange`): the hub asks and stays as the parent says. */
export const Controlled: Story = {
  tags: testOnly,
  args: { open: false, onOpenChange },
  beforeEach: () => {
    onOpenChange.mockClear();
  },
  play: async () => {
    await userEvent.click(hubButton());
    // The parent owns the state: the hub asks, and stays closed until told otherwise.
    await expect(onOpenChange).toHaveBeenCalledWith(true);
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Unfolded on a phone: every entry a comfortable touch target, all on screen. */
export const MobileViewport: Story = {
  // A phone is a window size: shown in the sidebar (Storybook sizes the frame), not on the docs page.
  tags: ['!autodocs'],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  args: { defaultOpen: true },
  play: async () => {
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
    const button = hubButton().getBoundingClientRect();
    await expect(button.right).toBeLessThanOrEqual(window.innerWidth);
    await expect(button.bottom).toBeLessThanOrEqual(window.innerHeight);
    await expect(button.width).toBeGreaterThanOrEqual(44);
    // Every entry is a comfortable touch target and fits on screen (once the unfold animation ends).
    await waitFor(() =>
      expect(getComputedStyle(hub().querySelector('ul') as HTMLElement).transform).toBe('none'),
    );
    for (const entry of hub().querySelectorAll<HTMLElement>('.inkwell-nav__item, .inkwell-share__button')) {
      const box = entry.getBoundingClientRect();
      await expect(box.height).toBeGreaterThanOrEqual(44);
      await expect(box.left).toBeGreaterThanOrEqual(0);
      await expect(box.top).toBeGreaterThanOrEqual(0);
    }
  },
};

let emulatedReducedMotion = false;

/** Unfolded with reduced motion: no slide, no transition. */
export const ReducedMotion: Story = {
  args: { defaultOpen: true },
  beforeEach: async () => {
    emulatedReducedMotion = await emulateReducedMotion(true);
    return () => {
      if (emulatedReducedMotion) void emulateReducedMotion(false);
    };
  },
  play: async () => {
    // In the Storybook UI (no emulation) this checks only when the system asks for reduced motion.
    if (!emulatedReducedMotion && !matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    await expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    await expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
    const list = document.getElementById(hubButton().getAttribute('aria-controls') ?? '') as HTMLElement;
    await expect(getComputedStyle(list).transitionProperty).toBe('none');
    await expect(getComputedStyle(list).transform).toBe('none');
  },
};
