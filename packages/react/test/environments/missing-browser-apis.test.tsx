import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AudioPlayer,
  AudioProvider,
  CopyButtons,
  FloatingNav,
  ProgressBar,
  SearchSheet,
  ShareButton,
  ThemeProvider,
  ThemeToggle,
} from '../../src/index.js';
import type { SearchIndexLike } from '../../src/search-sheet/search-types.js';

// Each test takes one browser API away (or makes it throw, as private browsing, old Safari or a
// locked-down embed does) and proves the component still does its job.

const restores: (() => void)[] = [];
afterEach(() => {
  for (const restore of restores.splice(0).reverse()) restore();
  document.documentElement.removeAttribute('data-theme');
  vi.unstubAllGlobals();
});

/** Replaces `owner[name]` for one test (an own or inherited property), restored afterwards. */
function replace(owner: object, name: string, descriptor: PropertyDescriptor): void {
  const own = Object.getOwnPropertyDescriptor(owner, name);
  Object.defineProperty(owner, name, { configurable: true, ...descriptor });
  restores.push(() => {
    if (own) Object.defineProperty(owner, name, own);
    else delete (owner as Record<string, unknown>)[name];
  });
}
const missing = (owner: object, name: string) => replace(owner, name, { value: undefined, writable: true });

const index: SearchIndexLike = {
  search: (query: string) =>
    query
      ? [
          {
            slug: 'streams',
            title: 'Streams in practice',
            date: '2021-01-12T00:00:00.000Z',
            tags: [],
            score: 1,
          },
        ]
      : [],
  tags: () => [],
};

async function searchWorks(): Promise<void> {
  render(<SearchSheet defaultOpen loadIndex={async () => index} />);
  const input = await screen.findByRole('combobox', { name: 'Search posts' });
  fireEvent.change(input, { target: { value: 'streams' } });
  expect(await screen.findByRole('option', { name: /Streams in practice/ })).toBeInTheDocument();
}

function themeToggleWorks(): void {
  render(
    <ThemeProvider>
      <ThemeToggle />
    </ThemeProvider>,
  );
  const before = document.documentElement.dataset.theme;
  fireEvent.click(screen.getByRole('button', { name: /Theme/ }));
  expect(document.documentElement.dataset.theme).toMatch(/^(light|dark)$/);
  expect(document.documentElement.dataset.theme).not.toBe(before);
}

describe.each([
  ['missing', () => undefined],
  [
    'throwing on access (storage disabled)',
    () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  ],
])('localStorage and sessionStorage %s', (_name, get) => {
  beforeEach(() => {
    replace(window, 'localStorage', { get });
    replace(window, 'sessionStorage', { get });
  });

  it('ThemeToggle still switches the theme', themeToggleWorks);
  it('SearchSheet still searches (its draft is just not remembered)', searchWorks);
  it('AudioPlayer still changes speed (the choice is just not remembered)', () => {
    render(
      <AudioProvider>
        <AudioPlayer audio={{ src: '/a.opus', title: 'Narrated', duration: 60 }} />
      </AudioProvider>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Playback speed' }), { target: { value: '1.5' } });
    expect(document.querySelector('audio')?.playbackRate).toBe(1.5);
  });
});

describe('storage whose writes throw (quota exceeded, Safari private mode)', () => {
  beforeEach(() => {
    const quota = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    replace(Storage.prototype, 'setItem', { value: quota, writable: true });
  });
  it('ThemeToggle still switches the theme', themeToggleWorks);
  it('SearchSheet still searches', searchWorks);
});

describe('no navigator.share (desktop browsers)', () => {
  beforeEach(() => missing(navigator, 'share'));
  it('ShareButton opens its own panel with network links and copy-link', async () => {
    render(<ShareButton title="Hello" url="https://example.com/posts/hello/" />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect((await screen.findByRole('link', { name: 'LinkedIn' })).getAttribute('href')).toContain(
      encodeURIComponent('https://example.com/posts/hello/'),
    );
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });
});

describe('no navigator.clipboard (insecure context, old browsers)', () => {
  beforeEach(() => {
    missing(navigator, 'clipboard');
    replace(document, 'execCommand', { value: () => false, writable: true });
  });
  it('ShareButton offers the link selected for copying by hand', async () => {
    missing(navigator, 'share');
    render(<ShareButton title="Hello" url="https://example.com/posts/hello/" />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox');
    expect(field).toHaveValue('https://example.com/posts/hello/');
  });
  it('CopyButtons reports that copying failed instead of throwing', async () => {
    render(
      <article>
        <pre>
          <code>const a = 1;</code>
        </pre>
        <button type="button" data-inkwell-copy="">
          Copy
        </button>
        <CopyButtons />
      </article>,
    );
    const button = screen.getByRole('button');
    await act(async () => fireEvent.click(button));
    await waitFor(() => expect(button.dataset.state).toBe('failed'));
  });
});

describe('Media Session', () => {
  beforeEach(() => {
    replace(HTMLMediaElement.prototype, 'play', { value: vi.fn(async () => {}), writable: true });
    replace(HTMLMediaElement.prototype, 'pause', { value: vi.fn(), writable: true });
  });
  const playerPlays = async () => {
    render(
      <AudioProvider>
        <AudioPlayer audio={{ src: '/a.opus', title: 'Narrated', duration: 60 }} />
      </AudioProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Play/ })));
    expect(HTMLMediaElement.prototype.play).toHaveBeenCalled();
  };
  it('missing: the player still plays', async () => {
    missing(navigator, 'mediaSession');
    await playerPlays();
  });
  it('present but throwing on every call (unsupported actions): the player still plays', async () => {
    const thrower = () => {
      throw new TypeError('not supported');
    };
    replace(navigator, 'mediaSession', {
      value: {
        setActionHandler: thrower,
        setPositionState: thrower,
        set metadata(_value: unknown) {
          thrower();
        },
        set playbackState(_value: unknown) {
          thrower();
        },
      },
    });
    await playerPlays();
  });
});

/** A reading progress bar that follows an article. */
function Article({ accessible }: { accessible: boolean }) {
  const ref = useRef<HTMLElement>(null);
  return (
    <>
      <ProgressBar accessible={accessible} aria-label="Reading progress" data-testid="bar" target={ref} />
      <article ref={ref}>Text</article>
    </>
  );
}

describe('no IntersectionObserver and no scroll-driven animations', () => {
  /** Scrolled half-way through the article: the bar shows progress, in its style and (accessible) its value. */
  const progressFollowsScroll = async (accessible = true) => {
    replace(HTMLElement.prototype, 'getBoundingClientRect', {
      value: () => ({ top: -500, height: 1000, bottom: 500, left: 0, right: 0, width: 0, x: 0, y: -500 }),
      writable: true,
    });
    render(<Article accessible={accessible} />);
    await act(async () => {
      window.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const bar = screen.getByTestId('bar');
    expect(Number(bar.style.getPropertyValue('--inkwell-progress'))).toBeGreaterThan(0);
    if (accessible) expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  };

  it('ProgressBar without IntersectionObserver listens to scroll all the time', async () => {
    missing(globalThis, 'IntersectionObserver');
    await progressFollowsScroll();
  });
  it('ProgressBar where CSS.supports says no to scroll timelines falls back to script', async () => {
    replace(CSS, 'supports', { value: () => false, writable: true });
    await progressFollowsScroll(false);
  });
  it('ProgressBar where there is no CSS object at all falls back to script', async () => {
    missing(globalThis, 'CSS');
    await progressFollowsScroll(false);
  });
  it('AudioPlayer without IntersectionObserver still renders its controls', () => {
    missing(globalThis, 'IntersectionObserver');
    render(
      <AudioProvider>
        <AudioPlayer audio={{ src: '/a.opus', title: 'Narrated', duration: 60 }} />
      </AudioProvider>,
    );
    expect(screen.getByRole('button', { name: /^Play/ })).toBeInTheDocument();
  });
});

describe('no visualViewport (older browsers, jsdom)', () => {
  beforeEach(() => missing(window, 'visualViewport'));
  it('SearchSheet opens and searches', searchWorks);
  it('FloatingNav opens its search sheet', async () => {
    render(
      <ThemeProvider>
        <FloatingNav defaultOpen search={{ loadIndex: async () => index }} />
      </ThemeProvider>,
    );
    const buttons = await screen.findAllByRole('button', { name: /Search/ });
    fireEvent.click(buttons[0] as HTMLElement);
    expect(await screen.findByRole('combobox', { name: 'Search posts' })).toBeInTheDocument();
  });
});
