import { buildSearchIndex, type IndexablePost } from '@inkwell/search';
import { loadSearchIndex } from '@inkwell/search/query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type {} from '@vitest/browser-playwright';
import { useEffect, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createRecordingLink } from '../../test/recording-link.js';
import { inDocsFrame } from '../../test/stories/docs-frame.js';
import { emulateReducedMotion } from '../../test/stories/emulate-reduced-motion.js';
import { StoryMain } from '../../test/stories/story-main.js';
import { LinkProvider } from '../link/link-provider.js';
import { SearchSheet, type SearchSheetProps } from './search-sheet.js';
import type { SearchIndexLike, SearchResultLike } from './search-types.js';

interface FakePost {
  slug: string;
  href: string;
  title: string;
  date: string;
  tags: string[];
  section: { id: string; title: string };
  text: string;
}

const posts: FakePost[] = [
  {
    slug: 'streams-backpressure',
    href: '/blog/posts/streams-backpressure/',
    title: 'Understanding backpressure in streams',
    date: '2024-03-02T00:00:00.000Z',
    tags: ['streams', 'performance'],
    section: { id: 'why-it-matters', title: 'Why it matters' },
    text: 'When a readable stream produces data faster than the writable stream can consume it, backpressure kicks in.',
  },
  {
    slug: 'node-22-released',
    href: '/blog/posts/node-22-released/',
    title: 'Node.js 22 released',
    date: '2024-04-24T00:00:00.000Z',
    tags: ['release'],
    section: { id: 'streams', title: 'Streams' },
    text: 'The default high water mark for streams grows from 16 KiB to 64 KiB, which speeds up most stream pipelines.',
  },
  {
    slug: 'security-release-june',
    href: '/blog/posts/security-release-june/',
    title: 'June security releases',
    date: '2024-06-10T00:00:00.000Z',
    tags: ['security', 'release'],
    section: { id: 'openssl', title: 'OpenSSL update' },
    text: 'All active release lines ship an updated OpenSSL. <script>alert("not run")</script> stays text.',
  },
];

/** A hand-made index with the real one's shape: substring matching, highlight ranges, tag filters. */
function fakeIndex(): SearchIndexLike {
  return {
    search(query, { tags = [], limit = 20 } = {}) {
      const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
      const results: SearchResultLike[] = [];
      for (const post of posts) {
        if (!tags.every((tag) => post.tags.includes(tag))) continue;
        const haystack = `${post.title} ${post.text}`.toLowerCase();
        if (!terms.every((term) => haystack.includes(term))) continue;
        const lower = post.text.toLowerCase();
        const highlights: [number, number][] = [];
        for (const term of terms) {
          for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
            highlights.push([at, at + term.length]);
          }
        }
        results.push({ ...post, score: highlights.length, snippet: { text: post.text, highlights } });
      }
      return results.sort((a, b) => b.score - a.score).slice(0, limit);
    },
    tags() {
      const counts = new Map<string, number>();
      for (const post of posts) for (const tag of post.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count);
    },
  };
}

const ready = async () => fakeIndex();
const never = () => new Promise<SearchIndexLike>(() => {});
const offline = async (): Promise<SearchIndexLike> => {
  throw new Error('The network is down.');
};

/** Where the last followed link pointed: a stand-in for a router such as Next's. */
const navigation: { href: string | null } = { href: null };

/** A framework link that "navigates" without leaving the story, like a client-side router. */
const RouterLink = createRecordingLink((href) => {
  navigation.href = href;
});

/**
 * The sheet on a page with a trigger button, as a site wires it. `open` seeds the page's own state (and
 * the Controls panel can flip it); the sheet stays controlled by the page, as in the TSDoc example.
 */
function SearchPage({ open: openArg = false, onOpenChange, ...props }: SearchSheetProps) {
  const [open, setOpen] = useState(openArg);
  useEffect(() => setOpen(openArg), [openArg]);
  return (
    <LinkProvider component={RouterLink}>
      <StoryMain style={{ padding: 24 }}>
        <button type="button" onClick={() => setOpen(true)}>
          Search
        </button>
        <p>Press Ctrl+K or / to search.</p>
        <SearchSheet
          {...props}
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            onOpenChange?.(next);
          }}
        />
      </StoryMain>
    </LinkProvider>
  );
}

/**
 * Puts a query and filters where the sheet persists them (`persistKey`), as a reload would find them,
 * so a story opens on that search without typing. Returns the cleanup for `beforeEach`.
 */
function remember(key: string, draft: { query: string; tags?: string[] }) {
  return () => {
    sessionStorage.setItem(key, JSON.stringify({ tags: [], ...draft }));
    return () => sessionStorage.removeItem(key);
  };
}

const input = () => within(document.body).getByRole('combobox', { name: 'Search posts' });
const options = () => within(document.body).queryAllByRole('option');
/** The open sheet, waited for: outside the test run the play function may start before it has mounted. */
const dialog = () => within(document.body).findByRole('dialog', { name: 'Search posts' });
/** Waits for results: a docs page loads several frames at once, each building its own index. */
const loaded = { timeout: 5000 };
/** Focus checks only where the story has the window's focus (not in a docs page's frame). */
const expectFocused = async (element: HTMLElement) => {
  if (!inDocsFrame()) await expect(element).toHaveFocus();
};

/** Opens the sheet the way a keyboard user does: Tab to the trigger, Enter. */
async function openWithKeyboard() {
  await userEvent.tab();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(input()).toHaveFocus());
}

const meta = {
  title: 'Search/SearchSheet',
  component: SearchSheet,
  render: (args) => <SearchPage {...args} />,
  args: {
    open: true,
    loadIndex: ready,
    persistKey: 'story-search',
    onOpenChange: fn(),
  },
  argTypes: {
    loadIndex: { control: false },
    getHref: { control: false },
    returnFocusRef: { control: false },
  },
  parameters: {
    // Each story in its own frame on the docs page: an open sheet is a modal dialog over its page.
    docs: { story: { inline: false, iframeHeight: 520 } },
  },
  beforeEach: () => {
    navigation.href = null;
    sessionStorage.removeItem('story-search');
  },
} satisfies Meta<typeof SearchSheet>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hidden from the sidebar and docs: an interaction test that ends somewhere else than it starts. */
const testOnly = ['!dev', '!autodocs'];

/** The typical use: the reader typed a word; matches are marked in titles' snippets, the first is active. */
export const ResultsWithHighlights: Story = {
  args: { persistKey: 'story-search-results' },
  beforeEach: remember('story-search-results', { query: 'stream' }),
  play: async () => {
    await waitFor(() => expect(options()).toHaveLength(2), loaded);
    await expectFocused(input());
    await expect(input()).toHaveValue('stream');
    const [first, second] = options() as [HTMLElement, HTMLElement];
    // The option reads as title, matched section, date, tags and snippet.
    await expect(first).toHaveAccessibleName(/^Understanding backpressure in streams\s*§?\s*Why it matters/);
    await expect(first.querySelectorAll('mark').length).toBeGreaterThan(1);
    await expect(first.querySelector('mark')).toHaveTextContent(/^stream$/i);
    await expect(input()).toHaveAttribute('aria-activedescendant', first.id);
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(within(await dialog()).getByRole('status')).toHaveTextContent('2 results');
    if (inDocsFrame()) return; // the arrow keys go to the focused input, which a docs frame does not have
    await userEvent.keyboard('{ArrowDown}');
    await expect(input()).toHaveAttribute('aria-activedescendant', second.id);
    await userEvent.keyboard('{ArrowDown}');
    await expect(input()).toHaveAttribute('aria-activedescendant', first.id);
    await userEvent.keyboard('{ArrowUp}');
    await expect(input()).toHaveAttribute('aria-activedescendant', second.id);
    await userEvent.keyboard('{ArrowUp}');
    await expect(first).toHaveAttribute('aria-selected', 'true');
  },
};

/** Keyboard from start to finish: open, type, arrow to a result, Enter follows it and closes the sheet. */
export const EnterOpensResultAndCloses: Story = {
  tags: testOnly,
  args: { open: false },
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Search' });
    await openWithKeyboard();
    await userEvent.keyboard('stream');
    await waitFor(() => expect(options()).toHaveLength(2), loaded);
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    // The default link: the post plus the matched heading's anchor, through the supplied Link.
    await waitFor(() => expect(navigation.href).toBe('/blog/posts/node-22-released/#streams'));
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    // Focus goes back to where it was.
    await expect(trigger).toHaveFocus();
  },
};

/** A snippet containing markup shows it as text: highlight ranges are never HTML. */
export const SnippetMarkupStaysText: Story = {
  args: { persistKey: 'story-search-markup' },
  beforeEach: remember('story-search-markup', { query: 'openssl' }),
  play: async () => {
    await waitFor(() => expect(options()).toHaveLength(1), loaded);
    const option = options()[0] as HTMLElement;
    await expect(option).toHaveTextContent('<script>alert("not run")</script> stays text');
    await expect(option.querySelector('script')).toBeNull();
  },
};

/** The index is still downloading (this one never arrives). */
export const Loading: Story = {
  args: { loadIndex: never },
  play: async () => {
    await expect(within(await dialog()).getByText('Loading search…', { selector: 'p' })).toBeVisible();
    await expect(within(await dialog()).getByRole('status')).toHaveTextContent('Loading search…');
    await expectFocused(input());
  },
};

/** Nothing matches the query. */
export const Empty: Story = {
  args: { persistKey: 'story-search-empty' },
  beforeEach: remember('story-search-empty', { query: 'zebra' }),
  play: async () => {
    await expect(
      await within(await dialog()).findByText('No posts match ‘zebra’', { selector: 'p' }),
    ).toBeVisible();
    await expect(within(await dialog()).getByRole('status')).toHaveTextContent('No posts match ‘zebra’');
    await expect(input()).toHaveAttribute('aria-expanded', 'false');
  },
};

/** The index could not be loaded: the reason and a Try again button, reachable with Shift+Tab. */
export const LoadError: Story = {
  args: { loadIndex: offline },
  play: async () => {
    const retry = await within(await dialog()).findByRole('button', { name: 'Try again' });
    await expect(within(await dialog()).getByText(/The network is down/)).toBeVisible();
    await expect(within(await dialog()).getByRole('status')).toHaveTextContent('Search could not be loaded.');
    if (inDocsFrame()) return; // keyboard focus needs the window's focus
    // Shift+Tab from the input wraps around to the last control in the sheet.
    await userEvent.tab({ shift: true });
    await expect(retry).toHaveFocus();
  },
};

let attempts = 0;
const flaky = async () => {
  attempts += 1;
  if (attempts === 1) throw new Error('The network is down.');
  return fakeIndex();
};

/** Try again after a failed download loads the index and the sheet is ready to search. */
export const RetryAfterLoadError: Story = {
  tags: testOnly,
  args: { loadIndex: flaky, open: false },
  beforeEach: () => {
    attempts = 0;
  },
  play: async () => {
    await openWithKeyboard();
    const retry = await within(await dialog()).findByRole('button', { name: 'Try again' });
    await userEvent.tab({ shift: true });
    await expect(retry).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(await within(await dialog()).findByText(/Type to search/)).toBeVisible();
    await expect(attempts).toBe(2);
  },
};

/** A query narrowed by a tag filter: the pressed chip, and only the post carrying that tag. */
export const FiltersActive: Story = {
  args: { persistKey: 'story-search-filters' },
  beforeEach: remember('story-search-filters', { query: 'release', tags: ['security'] }),
  play: async () => {
    const security = await within(await dialog()).findByRole('button', { name: 'security', pressed: true });
    await waitFor(() => expect(options()).toHaveLength(1), loaded);
    await expect(options()[0]).toHaveAccessibleName(/June security releases/);
    // Chips toggle: off widens the results again, on narrows them back.
    await userEvent.click(security);
    await waitFor(() => expect(options()).toHaveLength(2), loaded);
    await userEvent.click(within(await dialog()).getByRole('button', { name: 'security', pressed: false }));
    await waitFor(() => expect(options()).toHaveLength(1), loaded);
    await expect(
      within(await dialog()).getByRole('button', { name: 'security', pressed: true }),
    ).toBeVisible();
  },
};

/** Clear empties the query, lifts every filter and puts focus back in the input. */
export const ClearResetsQueryAndFilters: Story = {
  tags: testOnly,
  args: { open: false },
  play: async () => {
    await openWithKeyboard();
    await userEvent.keyboard('release');
    await waitFor(() => expect(options()).toHaveLength(2), loaded);
    await userEvent.click(within(await dialog()).getByRole('button', { name: 'security', pressed: false }));
    await waitFor(() => expect(options()).toHaveLength(1), loaded);
    await userEvent.click(within(await dialog()).getByRole('button', { name: 'Clear' }));
    await expect(input()).toHaveValue('');
    await expect(input()).toHaveFocus();
    await expect(
      within(await dialog()).getByRole('button', { name: 'security', pressed: false }),
    ).toBeVisible();
  },
};

/** After a reload the sheet reopens on the reader's last query and filters (`persistKey`). */
export const RestoredAfterReload: Story = {
  // Its own key: the frames of a docs page share one sessionStorage, and the others save theirs.
  args: { persistKey: 'story-search-restored' },
  beforeEach: remember('story-search-restored', { query: 'stream', tags: ['performance'] }),
  play: async () => {
    await dialog();
    await expect(input()).toHaveValue('stream');
    await waitFor(() => expect(options()).toHaveLength(1), loaded);
    await expect(
      within(document.body).getByRole('button', { name: 'performance', pressed: true }),
    ).toBeVisible();
  },
};

/** Ctrl+K and `/` open the sheet, Tab stays inside it, Escape closes it and returns focus. */
export const KeyboardShortcuts: Story = {
  tags: testOnly,
  args: { open: false },
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Search' });
    trigger.focus();
    await userEvent.keyboard('{Control>}k{/Control}');
    await waitFor(() => expect(input()).toHaveFocus());
    // Tab stays inside the sheet.
    await userEvent.tab();
    await expect(within(document.body).getByRole('button', { name: 'Close search' })).toHaveFocus();
    await userEvent.tab();
    await expect(within(document.body).getByRole('button', { name: 'release' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('/');
    await waitFor(() => expect(input()).toHaveFocus());
    await expect(input()).toHaveValue('');
  },
};

/** On a phone: the sheet hangs from the top edge, full width, so the keyboard never covers the input. */
export const MobileViewport: Story = {
  // A phone is a window size: shown in the sidebar (Storybook sizes the frame), not on the docs page.
  tags: ['!autodocs'],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  args: { persistKey: 'story-search-mobile' },
  beforeEach: remember('story-search-mobile', { query: 'stream' }),
  play: async () => {
    await waitFor(() => expect(options()).toHaveLength(2), loaded);
    const sheet = (await dialog()).getBoundingClientRect();
    await expect(sheet.top).toBe(0);
    await expect(Math.round(sheet.width)).toBe(window.innerWidth);
    await expect(sheet.bottom).toBeLessThanOrEqual(window.visualViewport?.height ?? window.innerHeight);
  },
};

/** The closed state a page starts in: only the site's own trigger shows. */
export const Closed: Story = {
  args: { open: false },
  // What this state shows is the page's own trigger, not the sheet.
  parameters: { visibleOnLoad: { selector: 'button' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Search' })).toBeVisible();
    await expect(within(document.body).queryByRole('dialog')).toBeNull();
  },
};

const realPosts: IndexablePost[] = [
  {
    slug: 'worker-threads',
    title: 'Worker threads are stable',
    date: '2019-04-23T00:00:00.000Z',
    tags: ['release'],
    html: '<p>Node.js 12 ships a faster start.</p><h2 id="worker-threads">Worker threads</h2><p>The worker_threads module no longer needs a flag: CPU-heavy work can run in parallel threads.</p>',
    headings: [{ id: 'worker-threads', text: 'Worker threads' }],
  },
  {
    slug: 'streams-in-practice',
    title: 'Streams in practice',
    date: '2021-01-12T00:00:00.000Z',
    tags: ['streams'],
    html: '<p>Pipelines connect streams and forward errors.</p><h2 id="backpressure">Backpressure</h2><p>A writable stream signals backpressure by returning false from write.</p>',
    headings: [{ id: 'backpressure', text: 'Backpressure' }],
  },
];

/** The real engine (`@inkwell/search`) behind the sheet: a misspelt word still finds the post's heading. */
export const RealIndexFindsTypo: Story = {
  args: {
    loadIndex: async () =>
      loadSearchIndex(buildSearchIndex(realPosts, { href: (post) => `/blog/posts/${post.slug}/` })),
    persistKey: 'story-search-real',
  },
  beforeEach: remember('story-search-real', { query: 'backpresure' }),
  play: async () => {
    await waitFor(() => expect(options().length).toBeGreaterThan(0), loaded);
    const first = options()[0] as HTMLElement;
    await expect(first).toHaveAccessibleName(/Streams in practice/);
    await expect(first).toHaveAttribute('href', '/blog/posts/streams-in-practice/#backpressure');
    await expect(first.querySelector('mark')).not.toBeNull();
  },
};

let emulatedReducedMotion = false;

/** With reduced motion the sheet appears without sliding in. */
export const ReducedMotion: Story = {
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
    await expectFocused(input());
    // No slide-in: the sheet is simply there.
    const panel = document.querySelector('.inkwell-search__panel') as HTMLElement;
    await expect(getComputedStyle(panel).animationName).toBe('none');
  },
};
