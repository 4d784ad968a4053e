import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { copyText } from '../internal/copy-text.js';
import { ShareButton } from './share-button.js';
import { shareTargets } from './share-links.js';

// The panel is a lazy chunk: load it once up front, so the tests below can query it synchronously.
beforeAll(async () => {
  const { unmount } = render(<ShareButton url="https://blog.example/" defaultOpen native={false} />);
  await screen.findByRole('link', { name: 'LinkedIn' });
  unmount();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'clipboard');
});

function stubNavigator(key: 'share' | 'clipboard', value: unknown) {
  Object.defineProperty(navigator, key, { configurable: true, writable: true, value });
}

/** A phone (`pointer: coarse`) or a desktop with a mouse. */
function stubPointer(pointer: 'coarse' | 'fine') {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: query.includes(`pointer: ${pointer}`),
      media: query,
      addEventListener() {},
      removeEventListener() {},
    })),
  );
}

describe('shareTargets', () => {
  it('encodes the address and title for each network', () => {
    const [linkedin, x, email] = shareTargets({
      url: 'https://blog.example/a b/?q=1&r=2',
      title: 'Tips & tricks',
    });
    expect(linkedin?.href).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fblog.example%2Fa%20b%2F%3Fq%3D1%26r%3D2',
    );
    const xUrl = new URL(x?.href ?? '');
    expect(xUrl.searchParams.get('url')).toBe('https://blog.example/a b/?q=1&r=2');
    expect(xUrl.searchParams.get('text')).toBe('Tips & tricks');
    expect(email?.href).toBe(
      'mailto:?subject=Tips%20%26%20tricks&body=https%3A%2F%2Fblog.example%2Fa%20b%2F%3Fq%3D1%26r%3D2',
    );
  });
});

describe('copyText', () => {
  it('uses the Clipboard API when it works', async () => {
    const writeText = vi.fn(async () => {});
    stubNavigator('clipboard', { writeText });
    await expect(copyText('hi')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('hi');
  });

  it('falls back to a selection copy, and reports failure when that fails too', async () => {
    stubNavigator('clipboard', { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) });
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    await expect(copyText('hi')).resolves.toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
    exec.mockReturnValue(false);
    await expect(copyText('hi')).resolves.toBe(false);
    expect(document.querySelector('textarea')).toBeNull();
  });
});

describe('ShareButton', () => {
  it('on a phone, calls navigator.share synchronously inside the click, with the page data', () => {
    const share = vi.fn(async () => {});
    stubNavigator('share', share);
    stubPointer('coarse');
    document.title = 'Page title';
    render(<ShareButton url="https://blog.example/p/" text="Read this" />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    // No await between the click and the call: the user gesture is still active.
    expect(share).toHaveBeenCalledWith({
      url: 'https://blog.example/p/',
      title: 'Page title',
      text: 'Read this',
    });
  });

  it('treats a cancelled share sheet as no error, and any other failure as a reason for the panel', async () => {
    const share = vi.fn(async () => Promise.reject(new DOMException('cancel', 'AbortError')));
    stubNavigator('share', share);
    stubPointer('coarse');
    render(<ShareButton url="https://blog.example/p/" />);
    const button = screen.getByRole('button', { name: 'Share' });
    await act(async () => fireEvent.click(button));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    share.mockImplementation(async () => Promise.reject(new TypeError('not allowed')));
    await act(async () => fireEvent.click(button));
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'LinkedIn' })).toBeInTheDocument();
  });

  it('on a desktop, opens the panel first, with the share sheet as its last entry', async () => {
    const share = vi.fn(async () => {});
    stubNavigator('share', share);
    stubPointer('fine');
    render(<ShareButton url="https://blog.example/p/" title="A post" />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).not.toHaveBeenCalled();
    const entries = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(entries).toEqual(['LinkedIn', 'X', 'Email', 'Copy link', 'More options…']);
    fireEvent.click(screen.getByRole('button', { name: 'More options…' }));
    expect(share).toHaveBeenCalledWith({ url: 'https://blog.example/p/', title: 'A post' });
  });

  it('on a phone without a share sheet, and with native={false}, shows the panel without that entry', () => {
    stubPointer('coarse');
    const { unmount } = render(<ShareButton url="https://blog.example/p/" />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('link', { name: 'LinkedIn' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'More options…' })).toBeNull();
    unmount();
    const share = vi.fn(async () => {});
    stubNavigator('share', share);
    render(<ShareButton url="https://blog.example/p/" native={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'More options…' })).toBeNull();
  });

  it('is controllable (open / defaultOpen / onOpenChange) and takes labels', () => {
    const onOpenChange = vi.fn();
    const { rerender } = render(
      <ShareButton
        url="https://blog.example/p/"
        open={false}
        onOpenChange={onOpenChange}
        labels={{
          share: 'Teilen',
          copyLink: 'Link kopieren',
          targets: { linkedin: 'LinkedIn', x: 'X', email: 'E-Mail' },
        }}
      />,
    );
    const button = screen.getByRole('button', { name: 'Teilen' });
    fireEvent.click(button);
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    rerender(
      <ShareButton
        url="https://blog.example/p/"
        open
        labels={{ share: 'Teilen', copyLink: 'Link kopieren' }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Link kopieren' })).toBeInTheDocument();
  });

  it('can start open (defaultOpen), for a story or a share page', () => {
    render(<ShareButton url="https://blog.example/p/" defaultOpen />);
    expect(screen.getByRole('button', { name: 'Share' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Email' })).toBeInTheDocument();
  });

  it('defaults to the canonical address', () => {
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = 'https://blog.example/canonical/';
    document.head.append(link);
    render(<ShareButton native={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('link', { name: 'LinkedIn' }).getAttribute('href')).toContain(
      encodeURIComponent('https://blog.example/canonical/'),
    );
    link.remove();
  });

  it('confirms a copy visibly and to screen readers, then resets', async () => {
    vi.useFakeTimers();
    stubNavigator('clipboard', { writeText: vi.fn(async () => {}) });
    render(<ShareButton url="https://blog.example/p/" native={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    await act(async () => vi.advanceTimersByTime(4000));
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    vi.useRealTimers();
  });

  it('offers the link selected for manual copying when the clipboard refuses', async () => {
    stubNavigator('clipboard', { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) });
    document.execCommand = vi.fn(() => false);
    render(<ShareButton url="https://blog.example/p/" native={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox');
    expect(field).toHaveValue('https://blog.example/p/');
    await waitFor(() => expect(field).toHaveFocus());
  });

  it('closes on Escape (focus back on the button) and on a click outside', () => {
    render(<ShareButton url="https://blog.example/p/" native={false} />);
    const button = screen.getByRole('button', { name: 'Share' });
    fireEvent.click(button);
    screen.getByRole('link', { name: 'X' }).focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    fireEvent.click(button);
    fireEvent.pointerDown(document.body);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
