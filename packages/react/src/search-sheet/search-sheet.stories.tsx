import { buildSearchIndex, type IndexablePost } from '@inkwell/search';
import { loadSearchIndex } from '@inkwell/search/query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type {} from '@vitest/browser-playwright';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createRecordingLink } from '../../test/recording-link.js';
import { emulateReducedMotion } from '../../test/stories/emulate-reduced-motion.js';
import { LinkProvider } from '../link/link-provider.js';
import { SearchSheet } from './search-sheet.js';
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

/** Where the last followed link pointed: a stand-in for a router such as Next's. */
const navigation: { href: string | null } = { href: null };

/** A framework link that "navigates" without leaving the story, like a client-side router. */
const RouterLink = createRecordingLink((href) => {
  navigation.href = href;
});

/** The sheet with a trigger button, as a site would wire it. */
function Demo(props: Omit<Parameters<typeof SearchSheet>[0], 'open' | 'onOpenChange'>) {
  const [open, setOpen] = useState(false);
  return (
    <LinkProvider component={RouterLink}>
      <main style={{ padding: 24 }}>
        <button type="button" onClick={() => setOpen(true)}>
          Search
        </button>
        <p>Press Ctrl+K or / to search.</p>
        <SearchSheet {...props} open={open} onOpenChange={setOpen} />
      </main>
    </LinkProvider>
  );
}

const input = () => within(document.body).getByRole('combobox', { name: 'Search posts' });
const options = () => within(document.body).queryAllByRole('option');

/** Opens the sheet the way a keyboard user does: Tab to the trigger, Enter. */
async function openWithKeyboard() {
  await userEvent.tab();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(input()).toHaveFocus());
}

const meta = {
  title: 'Search/SearchSheet',
  component: Demo,
  args: { loadIndex: ready, persistKey: 'story-search' },
  beforeEach: () => {
    navigation.href = null;
    sessionStorage.removeItem('story-search');
  },
} satisfies Meta<typeof Demo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Search' })).toBeVisible();
    await expect(within(document.body).queryByRole('dialog')).toBeNull();
  },
};

export const ResultsWithHighlights: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Search' });
    await openWithKeyboard();
    const dialog = within(document.body).getByRole('dialog', { name: 'Search posts' });
    await userEvent.keyboard('stream');
    await waitFor(() => expect(options()).toHaveLength(2));
    const [first, second] = options() as [HTMLElement, HTMLElement];
    // The option reads as title, matched section, date, tags and snippet.
    await expect(first).toHaveAccessibleName(/^Understanding backpressure in streams\s*§?\s*Why it matters/);
    await expect(first.querySelectorAll('mark').length).toBeGreaterThan(1);
    await expect(first.querySelector('mark')).toHaveTextContent(/^stream$/i);
    await expect(input()).toHaveAttribute('aria-activedescendant', first.id);
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(within(dialog).getByRole('status')).toHaveTextContent('2 results');
    await userEvent.keyboard('{ArrowDown}');
    await expect(input()).toHaveAttribute('aria-activedescendant', second.id);
    await userEvent.keyboard('{ArrowDown}');
    await expect(input()).toHaveAttribute('aria-activedescendant', first.id);
    await userEvent.keyboard('{ArrowUp}');
    await expect(input()).toHaveAttribute('aria-activedescendant', second.id);
    await userEvent.keyboard('{Enter}');
    // Enter opens the result and closes the sheet; focus goes back to where it was.
    // The default link: the post plus the matched heading's anchor, through the supplied Link.
    await waitFor(() => expect(navigation.href).toBe('/blog/posts/node-22-released/#streams'));
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

export const SnippetMarkupStaysText: Story = {
  play: async () => {
    await openWithKeyboard();
    await userEvent.keyboard('openssl');
    await waitFor(() => expect(options()).toHaveLength(1));
    const option = options()[0] as HTMLElement;
    await expect(option).toHaveTextContent('<script>alert("not run")</script> stays text');
    await expect(option.querySelector('script')).toBeNull();
  },
};

export const Loading: Story = {
  args: { loadIndex: never },
  play: async () => {
    await openWithKeyboard();
    const dialog = within(document.body).getByRole('dialog');
    await expect(within(dialog).getByText('Loading search…', { selector: 'p' })).toBeVisible();
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Loading search…');
  },
};

export const Empty: Story = {
  play: async () => {
    await openWithKeyboard();
    await userEvent.keyboard('zebra');
    const dialog = within(document.body).getByRole('dialog');
    await expect(await within(dialog).findByText('No posts match ‘zebra’', { selector: 'p' })).toBeVisible();
    await expect(within(dialog).getByRole('status')).toHaveTextContent('No posts match ‘zebra’');
    await expect(input()).toHaveAttribute('aria-expanded', 'false');
  },
};

let attempts = 0;
const flaky = async () => {
  attempts += 1;
  if (attempts === 1) throw new Error('The network is down.');
  return fakeIndex();
};

export const ErrorWithRetry: Story = {
  args: { loadIndex: flaky },
  beforeEach: () => {
    attempts = 0;
  },
  play: async () => {
    await openWithKeyboard();
    const dialog = within(document.body).getByRole('dialog');
    const retry = await within(dialog).findByRole('button', { name: 'Try again' });
    await expect(within(dialog).getByText(/The network is down/)).toBeVisible();
    // Shift+Tab from the input wraps around to the last control in the sheet.
    await userEvent.tab({ shift: true });
    await expect(retry).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(await within(dialog).findByText(/Type to search/)).toBeVisible();
    await expect(attempts).toBe(2);
  },
};

export const FiltersActive: Story = {
  play: async () => {
    await openWithKeyboard();
    await userEvent.keyboard('release');
    await waitFor(() => expect(options()).toHaveLength(2));
    const dialog = within(document.body).getByRole('dialog');
    const security = within(dialog).getByRole('button', { name: 'security', pressed: false });
    await userEvent.click(security);
    await expect(within(dialog).getByRole('button', { name: 'security', pressed: true })).toBeVisible();
    await waitFor(() => expect(options()).toHaveLength(1));
    await expect(options()[0]).toHaveAccessibleName(/June security releases/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Clear' }));
    await expect(input()).toHaveValue('');
    await expect(input()).toHaveFocus();
    await expect(within(dialog).getByRole('button', { name: 'security', pressed: false })).toBeVisible();
  },
};

export const RestoredAfterReload: Story = {
  beforeEach: () => {
    sessionStorage.setItem('story-search', JSON.stringify({ query: 'stream', tags: ['performance'] }));
  },
  play: async () => {
    await openWithKeyboard();
    await expect(input()).toHaveValue('stream');
    await waitFor(() => expect(options()).toHaveLength(1));
    await expect(
      within(document.body).getByRole('button', { name: 'performance', pressed: true }),
    ).toBeVisible();
  },
};

export const KeyboardShortcuts: Story = {
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

export const MobileViewport: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async () => {
    await openWithKeyboard();
    await userEvent.keyboard('stream');
    await waitFor(() => expect(options()).toHaveLength(2));
    const sheet = within(document.body).getByRole('dialog').getBoundingClientRect();
    // Anchored to the top edge and as wide as the phone, so the keyboard below never covers the input.
    await expect(sheet.top).toBe(0);
    await expect(Math.round(sheet.width)).toBe(window.innerWidth);
    await expect(sheet.bottom).toBeLessThanOrEqual(window.visualViewport?.height ?? window.innerHeight);
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

export const RealSearchIndex: Story = {
  args: { loadIndex: async () => loadSearchIndex(buildSearchIndex(realPosts, { href: (post) => `/blog/posts/${post.slug}/` })) },
  play: async () => {
    await openWithKeyboard();
    // A typo and a half-typed word still find the post, and the match points at its heading.
    await userEvent.keyboard('backpresure');
    await waitFor(() => expect(options().length).toBeGreaterThan(0));
    const first = options()[0] as HTMLElement;
    await expect(first).toHaveAccessibleName(/Streams in practice/);
    await expect(first).toHaveAttribute('href', '/blog/posts/streams-in-practice/#backpressure');
    await expect(first.querySelector('mark')).not.toBeNull();
  },
};

let emulatedReducedMotion = false;

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
    await openWithKeyboard();
    // No slide-in: the sheet is simply there.
    const panel = document.querySelector('.inkwell-search__panel') as HTMLElement;
    await expect(getComputedStyle(panel).animationName).toBe('none');
  },
};
