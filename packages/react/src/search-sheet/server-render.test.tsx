// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { SearchSheet } from './search-sheet.js';

describe('SearchSheet on the server', () => {
  it('renders a closed, empty dialog and loads nothing', () => {
    expect(typeof window).toBe('undefined');
    const loadIndex = vi.fn();
    const html = renderToString(<SearchSheet loadIndex={loadIndex} />);
    expect(html).toMatch(/^<dialog[^>]*aria-label="Search posts"[^>]*data-state="closed"/);
    expect(html).not.toContain(' open');
    expect(html).not.toContain('combobox');
    expect(loadIndex).not.toHaveBeenCalled();
  });

  it('renders defaultOpen without touching browser APIs (the dialog opens after hydration)', () => {
    const html = renderToString(<SearchSheet defaultOpen loadIndex={vi.fn()} />);
    expect(html).toContain('role="combobox"');
    expect(html).toContain('Loading search…');
  });
});
