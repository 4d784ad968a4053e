import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchSheetProvider, useSearchSheet } from './search-sheet-provider.js';
import type { SearchIndexLike, SearchResultLike } from './search-types.js';

const result = (slug: string, tags: string[], date: string): SearchResultLike => ({
  slug,
  href: `/blog/posts/${slug}/`,
  title: `Post ${slug}`,
  tags,
  date,
  score: 1,
});
const all = [
  result('a', ['release'], '2024-01-01T00:00:00.000Z'),
  result('b', ['release', 'security'], '2024-05-01T00:00:00.000Z'),
  result('c', ['streams'], '2024-03-01T00:00:00.000Z'),
];
const fakeIndex = (): SearchIndexLike => ({
  search: vi.fn((query: string, { tags = [] }: { tags?: readonly string[] } = {}) =>
    all
      .filter((r) => tags.every((t) => r.tags.includes(t)) && (!query || r.slug === query))
      .sort((x, y) => y.date.localeCompare(x.date)),
  ),
  tags: () => [
    { tag: 'release', count: 2 },
    { tag: 'security', count: 1 },
    { tag: 'streams', count: 1 },
  ],
});

function TagChip({ tag }: { tag: string }) {
  const search = useSearchSheet();
  return (
    <button type="button" onClick={() => search.open({ tags: [tag] })}>
      #{tag}
    </button>
  );
}

afterEach(() => sessionStorage.clear());

describe('SearchSheetProvider and useSearchSheet', () => {
  it('opens the sheet from any component, pre-filtered on a tag, listing its posts newest first', async () => {
    const loadIndex = vi.fn(async () => fakeIndex());
    render(
      <SearchSheetProvider loadIndex={loadIndex} persistKey={false}>
        <TagChip tag="release" />
      </SearchSheetProvider>,
    );
    expect(loadIndex).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '#release' })));
    const dialog = await screen.findByRole('dialog', { name: 'Search posts' });
    expect(within(dialog).getByRole('combobox')).toHaveValue('');
    expect(within(dialog).getByRole('button', { name: 'release' })).toHaveAttribute('aria-pressed', 'true');
    const options = await within(dialog).findAllByRole('option');
    expect(options.map((o) => o.getAttribute('href'))).toEqual(['/blog/posts/b/', '/blog/posts/a/']);
    // Clear stays reachable whenever a filter is set.
    expect(within(dialog).getByRole('button', { name: 'Clear' })).toBeInTheDocument();
  });

  it('opens with Ctrl+K before the sheet has ever loaded', async () => {
    render(
      <SearchSheetProvider loadIndex={async () => fakeIndex()} persistKey={false}>
        <p>page</p>
      </SearchSheetProvider>,
    );
    await act(async () => fireEvent.keyDown(document, { key: 'k', ctrlKey: true }));
    expect(await screen.findByRole('combobox', { name: 'Search posts' })).toBeInTheDocument();
  });

  it('explains where the provider goes when it is missing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<TagChip tag="x" />)).toThrow(/<SearchSheetProvider/);
  });
});
