import { buildSearchIndex } from '@inkwell/search';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchSheet } from '../../src/index.js';

// A search-index.json that is damaged, from another tool, or from an older Inkwell must show a clear
// error with a retry in the sheet: never a blank sheet or an uncaught error.

const valid = buildSearchIndex([
  {
    slug: 'streams',
    title: 'Streams',
    date: '2021-01-12T00:00:00.000Z',
    tags: [],
    html: '<p>Backpressure.</p>',
    headings: [],
  },
]);
const otherVersion = JSON.stringify({ ...JSON.parse(valid), version: JSON.parse(valid).version + 1 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each([
  ['truncated JSON', valid.slice(0, valid.length / 2), /not valid JSON/],
  ['another format version', otherVersion, /version/],
  ['a foreign JSON file', '{"documentCount":1,"index":{}}', /not an Inkwell search index/],
  ['an HTML error page served with 200', '<!doctype html><title>Oops</title>', /not valid JSON/],
  ['an empty file', '', /not valid JSON|empty/],
])('a search index that is %s', (_name, body, message) => {
  it('shows a clear error with a retry in the sheet', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status: 200 })),
    );
    render(<SearchSheet defaultOpen persistKey={false} indexUrl={`/index-${Math.random()}.json`} />);
    const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 10_000 });
    const error = retry.closest('[data-status="error"]');
    expect(error?.textContent).toMatch(/Search could not be loaded/);
    expect(error?.textContent).toMatch(message);
    expect(error?.textContent).toMatch(/Rebuild/);
    // The reader can still type, and retry once the file is fixed.
    expect(screen.getByRole('combobox', { name: 'Search posts' })).toBeInTheDocument();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(valid, { status: 200 })),
    );
    fireEvent.click(retry);
    fireEvent.change(screen.getByRole('combobox', { name: 'Search posts' }), {
      target: { value: 'streams' },
    });
    expect(await screen.findByRole('option', { name: /Streams/ })).toBeInTheDocument();
  }, 20_000);
});
