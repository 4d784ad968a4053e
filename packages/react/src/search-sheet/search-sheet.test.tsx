import { buildSearchIndex } from '@inkwell/search';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordingLink } from '../../test/recording-link.js';
import { LinkProvider } from '../link/link-provider.js';
import { HighlightedText, normalizeRanges } from './highlighted-text.js';
import { prefetchSearchIndex } from './load-search-index.js';
import { SearchSheet, type SearchSheetProps } from './search-sheet.js';
import type { SearchIndexLike, SearchResultLike } from './search-types.js';
import { parseSearchDraft } from './use-persisted-search.js';
import { isTypingTarget } from './use-search-shortcuts.js';

const result = (slug: string, extra: Partial<SearchResultLike> = {}): SearchResultLike => ({
  slug,
  href: `/blog/posts/${slug}/`,
  title: `Post ${slug}`,
  date: '2024-05-01T00:00:00.000Z',
  tags: ['release'],
  score: 1,
  ...extra,
});

function fakeIndex(results: SearchResultLike[]): SearchIndexLike & { search: ReturnType<typeof vi.fn> } {
  return {
    search: vi.fn((query: string) => (query ? results : [])),
    tags: () => [
      { tag: 'release', count: 3 },
      { tag: 'security', count: 1 },
    ],
  };
}

const followed = vi.fn();
const RecordingLink = createRecordingLink(followed);

function Harness(props: Partial<SearchSheetProps>) {
  const [open, setOpen] = useState(false);
  return (
    <LinkProvider component={RecordingLink}>
      <button type="button" onClick={() => setOpen(true)}>
        Open search
      </button>
      <input aria-label="Comment" />
      <SearchSheet persistKey={false} {...props} open={open} onOpenChange={setOpen} />
    </LinkProvider>
  );
}

const input = () => screen.getByRole('combobox', { name: 'Search posts' });

beforeEach(() => {
  sessionStorage.clear();
  followed.mockClear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('highlights', () => {
  it('sorts, clamps and merges ranges', () => {
    expect(
      normalizeRanges(
        [
          [4, 8],
          [0, 2],
          [6, 10],
          [-3, 0],
          [12, 20],
        ],
        9,
      ),
    ).toEqual([
      [0, 2],
      [4, 9],
    ]);
  });

  it('renders <mark> elements and keeps markup in the text as text', () => {
    const { container } = render(<HighlightedText text="<b>bold</b> move" ranges={[[3, 7]]} />);
    expect(container.querySelector('mark')).toHaveTextContent('bold');
    expect(container.querySelector('b')).toBeNull();
    expect(container).toHaveTextContent('<b>bold</b> move');
  });
});

describe('helpers', () => {
  it('reads saved drafts defensively', () => {
    expect(parseSearchDraft('{"query":"streams","tags":["release",3]}')).toEqual({
      query: 'streams',
      tags: ['release'],
    });
    expect(parseSearchDraft('not json')).toBeNull();
    expect(parseSearchDraft('42')).toBeNull();
  });

  it('knows when a key press is meant for a field', () => {
    const text = document.createElement('input');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(isTypingTarget(text)).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});

describe('SearchSheet', () => {
  it('loads the index only when first opened', async () => {
    const loadIndex = vi.fn(async () => fakeIndex([]));
    render(<Harness loadIndex={loadIndex} />);
    expect(loadIndex).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Open search' }));
    expect(await screen.findByText(/Type to search/)).toBeInTheDocument();
    expect(loadIndex).toHaveBeenCalledOnce();
  });

  it('opens with Ctrl+K and Cmd+K, and with / unless the reader is typing in a field', async () => {
    render(<Harness loadIndex={async () => fakeIndex([])} />);
    const comment = screen.getByRole('textbox', { name: 'Comment' });
    fireEvent.keyDown(comment, { key: '/' });
    expect(screen.queryByRole('combobox')).toBeNull();
    fireEvent.keyDown(document.body, { key: '/' });
    await waitFor(() => expect(input()).toHaveFocus());
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(screen.queryByRole('combobox')).toBeNull();
    fireEvent.keyDown(comment, { key: 'k', ctrlKey: true });
    expect(input()).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'K', metaKey: true });
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('restores focus to where it was when closed', async () => {
    render(<Harness loadIndex={async () => fakeIndex([])} />);
    const trigger = screen.getByRole('button', { name: 'Open search' });
    trigger.focus();
    fireEvent.click(trigger);
    await waitFor(() => expect(input()).toHaveFocus());
    fireEvent.click(screen.getByRole('button', { name: 'Close search' }));
    expect(trigger).toHaveFocus();
  });

  it('shows an error with a retry that really retries', async () => {
    let calls = 0;
    const loadIndex = vi.fn(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return fakeIndex([]);
    });
    render(<Harness loadIndex={loadIndex} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open search' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Type to search/)).toBeInTheDocument();
    expect(loadIndex).toHaveBeenCalledTimes(2);
  });

  it('moves through results with the arrow keys and opens the active one with Enter', async () => {
    const index = fakeIndex([
      result('a', { section: { id: 'setup', title: 'Setup' } }),
      result('b'),
      result('c'),
    ]);
    render(<Harness loadIndex={async () => index} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open search' }));
    await screen.findByText(/Type to search/);
    fireEvent.change(input(), { target: { value: 'post' } });
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(3);
    expect(options[0]).toHaveAttribute('href', '/blog/posts/a/#setup');
    expect(options[1]).toHaveAttribute('href', '/blog/posts/b/');
    expect(input()).toHaveAttribute('aria-activedescendant', options[0]?.id);
    fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(input()).toHaveAttribute('aria-activedescendant', options[2]?.id);
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(input()).toHaveAttribute('aria-activedescendant', options[1]?.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(followed).toHaveBeenCalledWith('/blog/posts/b/');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('lets the site decide where a result links to', async () => {
    render(
      <Harness loadIndex={async () => fakeIndex([result('a')])} getHref={(r) => `/articles/${r.slug}`} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open search' }));
    await screen.findByText(/Type to search/);
    fireEvent.change(input(), { target: { value: 'x' } });
    expect(await screen.findByRole('option')).toHaveAttribute('href', '/articles/a');
  });

  it('filters by tag, announces counts, and remembers query and tags across a reload', async () => {
    const index = fakeIndex([result('a')]);
    const { unmount } = render(<Harness loadIndex={async () => index} persistKey="test-search" />);
    fireEvent.click(screen.getByRole('button', { name: 'Open search' }));
    await screen.findByText(/Type to search/);
    fireEvent.change(input(), { target: { value: 'post' } });
    fireEvent.click(screen.getByRole('button', { name: 'security', pressed: false }));
    await waitFor(() =>
      expect(index.search).toHaveBeenLastCalledWith('post', { tags: ['security'], limit: 20 }),
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 result'));
    expect(JSON.parse(sessionStorage.getItem('test-search') ?? '')).toEqual({
      query: 'post',
      tags: ['security'],
    });
    unmount();

    render(<Harness loadIndex={async () => index} persistKey="test-search" />);
    fireEvent.click(screen.getByRole('button', { name: 'Open search' }));
    expect(input()).toHaveValue('post');
    expect(await screen.findByRole('button', { name: 'security', pressed: true })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(input()).toHaveValue('');
    expect(sessionStorage.getItem('test-search')).toBeNull();
  });

  it('says plainly when nothing matches', async () => {
    render(<Harness loadIndex={async () => fakeIndex([])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open search' }));
    await screen.findByText(/Type to search/);
    fireEvent.change(input(), { target: { value: 'zebra' } });
    expect(await screen.findByText('No posts match ‘zebra’', { selector: 'p' })).toBeInTheDocument();
    expect(input()).toHaveAttribute('aria-expanded', 'false');
  });

  it('fetches indexUrl and reads it with the real engine from @inkwell/search/query', async () => {
    const serialized = buildSearchIndex([
      {
        slug: 'streams',
        title: 'Streams in practice',
        date: '2021-01-12T00:00:00.000Z',
        tags: ['streams'],
        html: '<p>Intro.</p><h2 id="backpressure">Backpressure</h2><p>A writable stream signals backpressure.</p>',
        headings: [{ id: 'backpressure', text: 'Backpressure' }],
      },
    ]);
    const fetchMock = vi.fn(async () => new Response(serialized, { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    render(<Harness indexUrl="/real-index.json" />);
    fireEvent.click(screen.getByRole('button', { name: 'Open search' }));
    await screen.findByText(/Type to search/, undefined, { timeout: 5000 });
    expect(fetchMock).toHaveBeenCalledWith('/real-index.json');
    fireEvent.change(input(), { target: { value: 'backpressure' } });
    const option = await screen.findByRole('option');
    expect(option).toHaveAttribute('href', '/posts/streams/#backpressure');
    expect(option.querySelector('mark')).not.toBeNull();
  });

  it('reports an HTTP failure with the address', async () => {
    vi.stubGlobal('fetch', async () => new Response('missing', { status: 404 }));
    await expect(prefetchSearchIndex({ indexUrl: '/missing.json' })).rejects.toThrow(
      'Could not load the search index from /missing.json (HTTP 404).',
    );
    await expect(prefetchSearchIndex({})).rejects.toThrow('needs an `indexUrl` or a `loadIndex`');
  });

  it('shares one load between a prefetch and the sheet', async () => {
    const loadIndex = vi.fn(async () => fakeIndex([]));
    await act(async () => {
      await prefetchSearchIndex({ loadIndex });
    });
    render(<Harness loadIndex={loadIndex} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open search' }));
    await screen.findByText(/Type to search/);
    expect(loadIndex).toHaveBeenCalledOnce();
  });
});
