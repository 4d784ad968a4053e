import { act, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LinkComponentProps, LinkProvider } from '../link/link-provider.js';
import { FloatingNav, type FloatingNavProps } from './floating-nav.js';

let finePointer = true;
beforeEach(() => {
  finePointer = true;
  vi.stubGlobal('matchMedia', (query: string) => ({
    media: query,
    matches: query === '(hover: hover) and (pointer: fine)' ? finePointer : false,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const hubButton = () => screen.getByRole('button', { name: 'Menu' });
const list = () => document.getElementById(hubButton().getAttribute('aria-controls') ?? '') as HTMLElement;

function renderNav(props: FloatingNavProps = {}) {
  return render(
    <main>
      <button type="button">Elsewhere</button>
      <FloatingNav share={false} theme={false} {...props} />
    </main>,
  );
}

function Controlled({ onOpenChange }: { onOpenChange: (open: boolean) => void }) {
  const [open, setOpen] = useState(true);
  return (
    <FloatingNav
      share={false}
      theme={false}
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        setOpen(next);
      }}
    />
  );
}

const followed = vi.fn();
function FrameworkLink({ href, onClick, ...props }: LinkComponentProps) {
  return (
    <a
      {...props}
      href={href}
      data-framework=""
      onClick={(event) => {
        onClick?.(event);
        event.preventDefault();
        followed(href);
      }}
    />
  );
}

describe('FloatingNav', () => {
  it('is a disclosure: the button controls the list, which is inert while closed', () => {
    renderNav();
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
    expect(list()).toHaveAttribute('inert');
    fireEvent.click(hubButton());
    expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
    expect(list()).not.toHaveAttribute('inert');
    fireEvent.click(hubButton());
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('renders into document.body, outside the app root', () => {
    const { container } = renderNav();
    expect(container.querySelector('nav')).toBeNull();
    expect(screen.getByRole('navigation').parentElement).toBe(document.body);
  });

  it('closes on Escape and returns focus to the button only if focus was inside', () => {
    renderNav({ defaultOpen: true });
    within(list()).getByRole('link', { name: 'Home' }).focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
    expect(hubButton()).toHaveFocus();

    fireEvent.click(hubButton());
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    fireEvent.keyDown(elsewhere, { key: 'Escape' });
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
    expect(elsewhere).toHaveFocus();
  });

  it('closes on a pointer press outside, not inside', () => {
    renderNav({ defaultOpen: true });
    fireEvent.pointerDown(list());
    expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('unfolds on hover of its button only, for a fine pointer, without moving focus, and folds after leaving', () => {
    vi.useFakeTimers();
    renderNav();
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    const nav = screen.getByRole('navigation');
    // The hub's box above the button (where the hidden entries sit) does not unfold it.
    fireEvent.pointerOver(nav, { pointerType: 'mouse' });
    fireEvent.pointerOver(list(), { pointerType: 'mouse' });
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
    fireEvent.pointerOut(list(), { pointerType: 'mouse' });
    fireEvent.pointerOver(hubButton(), { pointerType: 'mouse' });
    expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
    expect(elsewhere).toHaveFocus();
    fireEvent.pointerOut(nav, { pointerType: 'mouse' });
    expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
    act(() => vi.advanceTimersByTime(300));
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');

    fireEvent.pointerOut(hubButton(), { pointerType: 'mouse' });
    fireEvent.pointerOver(hubButton(), { pointerType: 'touch' });
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
    fireEvent.pointerOut(hubButton(), { pointerType: 'touch' });
    finePointer = false;
    fireEvent.pointerOver(hubButton(), { pointerType: 'mouse' });
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('can be controlled', () => {
    const onOpenChange = vi.fn();
    render(<Controlled onOpenChange={onOpenChange} />);
    expect(hubButton()).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(hubButton());
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('runs custom actions and follows links through the supplied Link, folding the hub', () => {
    const onSelect = vi.fn();
    followed.mockClear();
    render(
      <LinkProvider component={FrameworkLink}>
        <FloatingNav
          share={false}
          theme={false}
          defaultOpen
          author={{ href: '/about', label: 'About Ada' }}
          items={[{ label: 'Subscribe', onSelect }]}
        />
      </LinkProvider>,
    );
    const author = screen.getByRole('link', { name: 'About Ada' });
    expect(author).toHaveAttribute('data-framework');
    expect(author).toHaveAttribute('rel', 'author');
    fireEvent.click(author);
    expect(followed).toHaveBeenCalledWith('/about');
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(hubButton());
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(onSelect).toHaveBeenCalledOnce();
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('prefetches the search index on hover or focus of Search, and opens the sheet from it', async () => {
    const loadIndex = vi.fn(async () => ({ search: () => [] }));
    renderNav({ defaultOpen: true, search: { loadIndex, persistKey: false } });
    const search = screen.getByRole('button', { name: 'Search' });
    fireEvent.focus(search);
    expect(loadIndex).toHaveBeenCalledOnce();
    fireEvent.click(search);
    expect(await screen.findByRole('combobox', { name: 'Search posts' })).toHaveFocus();
    expect(hubButton()).toHaveAttribute('aria-expanded', 'false');
    expect(loadIndex).toHaveBeenCalledOnce();
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Escape' });
    expect(hubButton()).toHaveFocus();
  });

  it('has no axe violations, open with every built-in', async () => {
    render(
      <main>
        <FloatingNav
          defaultOpen
          search={{ loadIndex: async () => ({ search: () => [] }) }}
          author={{ href: '/about' }}
          share={{ url: 'https://blog.example/', native: false }}
        />
      </main>,
    );
    const results = await axe.run(document.body, { rules: { region: { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
