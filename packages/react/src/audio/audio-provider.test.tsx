import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import axe from 'axe-core';
import { type ReactNode, useLayoutEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { AudioPlayer } from './audio-player.js';
import { AudioProvider } from './audio-provider.js';
import type { AudioTrack } from './audio-types.js';
import { FloatingAudioPlayer } from './floating-audio-player.js';
import { useAudio } from './use-audio.js';

// jsdom has no media playback: a small fake of the HTMLMediaElement state the provider reads.
// Real playback is asserted in Chromium by audio-player.stories.tsx.
interface FakeMedia {
  paused: boolean;
  readyState: number;
  duration: number;
  currentTime: number;
  ended: boolean;
  error: { code: number } | null;
}
const state = new WeakMap<HTMLMediaElement, FakeMedia>();
const fake = (element: HTMLMediaElement): FakeMedia => {
  let media = state.get(element);
  if (!media) {
    media = { paused: true, readyState: 0, duration: Number.NaN, currentTime: 0, ended: false, error: null };
    state.set(element, media);
  }
  return media;
};
const proto = HTMLMediaElement.prototype;
const saved = new Map<string, PropertyDescriptor | undefined>();
const props = ['paused', 'readyState', 'duration', 'currentTime', 'ended', 'error'] as const;

function audioElement(): HTMLAudioElement {
  const audio = document.querySelector('audio');
  if (!audio) throw new Error('no <audio>');
  return audio;
}
function emit(type: string, change: Partial<FakeMedia> = {}) {
  const audio = audioElement();
  act(() => {
    Object.assign(fake(audio), change);
    audio.dispatchEvent(new Event(type));
  });
}

beforeEach(() => {
  for (const name of props) {
    saved.set(name, Object.getOwnPropertyDescriptor(proto, name));
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: HTMLMediaElement) {
        return fake(this)[name];
      },
      set(this: HTMLMediaElement, value: never) {
        fake(this)[name] = value;
        if (name === 'currentTime') this.dispatchEvent(new Event('seeked'));
      },
    });
  }
  vi.spyOn(proto, 'play').mockImplementation(function (this: HTMLMediaElement) {
    fake(this).paused = false;
    return Promise.resolve();
  });
  vi.spyOn(proto, 'pause').mockImplementation(function (this: HTMLMediaElement) {
    fake(this).paused = true;
    this.dispatchEvent(new Event('pause'));
  });
  vi.spyOn(proto, 'load').mockImplementation(function (this: HTMLMediaElement) {
    Object.assign(fake(this), {
      readyState: 0,
      duration: Number.NaN,
      currentTime: 0,
      error: null,
      ended: false,
    });
  });
  vi.spyOn(proto, 'canPlayType').mockImplementation((type) => (type.startsWith('audio/ogg') ? 'maybe' : ''));
  localStorage.clear();
});

afterEach(() => {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(proto, name, descriptor);
    else delete (proto as unknown as Record<string, unknown>)[name];
  }
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const track: AudioTrack = {
  src: '/audio/post.ogg',
  title: 'A narrated post',
  duration: 295,
  mimeType: 'audio/ogg',
};

function App({ children, showPlayer = true }: { children?: ReactNode; showPlayer?: boolean }) {
  return (
    <AudioProvider>
      {showPlayer && <AudioPlayer audio={track} download />}
      {children}
      <FloatingAudioPlayer />
    </AudioProvider>
  );
}

const region = () => screen.getByRole('region', { name: 'Audio: A narrated post' });

describe('AudioPlayer with AudioProvider', () => {
  it('shows the frontmatter duration before metadata, then the file’s', () => {
    render(<App />);
    expect(region()).toHaveAttribute('data-state', 'idle');
    expect(region()).toHaveTextContent('-4:55');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(region()).toHaveAttribute('data-state', 'loading');
    expect(audioElement().getAttribute('src')).toBe('/audio/post.ogg');
    emit('durationchange', { duration: Number.POSITIVE_INFINITY, readyState: 1 }); // Safari-style
    expect(region()).toHaveTextContent('-4:55');
    emit('loadedmetadata', { duration: 300, readyState: 4 });
    emit('playing');
    expect(region()).toHaveAttribute('data-state', 'playing');
    expect(region()).toHaveTextContent('-5:00');
  });

  it('skips, seeks with the keyboard, and runs shortcuts only while focused', () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    emit('loadedmetadata', { duration: 300, readyState: 4 });
    fireEvent.click(screen.getByRole('button', { name: 'Forward 30 seconds' }));
    expect(audioElement().currentTime).toBe(30);
    fireEvent.click(screen.getByRole('button', { name: 'Back 15 seconds' }));
    expect(audioElement().currentTime).toBe(15);
    const slider = screen.getByRole('slider', { name: 'Seek' });
    fireEvent.keyDown(slider, { key: 'End' });
    expect(audioElement().currentTime).toBe(300);
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(audioElement().currentTime).toBe(0);
    // A key pressed elsewhere on the page does nothing.
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(audioElement().paused).toBe(false);
    fireEvent.keyDown(slider, { key: 'k' });
    expect(audioElement().paused).toBe(true);
    fireEvent.keyDown(slider, { key: 'm' });
    expect(audioElement().muted).toBe(true);
    expect(screen.getByRole('button', { name: 'Unmute' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('remembers the rate, and resumes the position per src after metadata loads', () => {
    localStorage.setItem('inkwell-audio-rate', '1.5');
    localStorage.setItem('inkwell-audio-position:/audio/post.ogg', '80');
    render(<App />);
    expect(screen.getByRole('combobox', { name: 'Playback speed' })).toHaveValue('1.5');
    expect(screen.getByRole('button', { name: 'Resume from 1:20' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Resume from 1:20' }));
    expect(audioElement().currentTime).toBe(0);
    emit('loadedmetadata', { duration: 295, readyState: 4 });
    expect(audioElement().currentTime).toBe(80);
    fireEvent.change(screen.getByRole('combobox', { name: 'Playback speed' }), { target: { value: '2' } });
    expect(localStorage.getItem('inkwell-audio-rate')).toBe('2');
    expect(audioElement().playbackRate).toBe(2);
    emit('pause', { currentTime: 120, paused: true });
    expect(localStorage.getItem('inkwell-audio-position:/audio/post.ogg')).toBe('120.0');
  });

  it('keeps working when storage throws (private mode)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    emit('loadedmetadata', { duration: 295, readyState: 4 });
    fireEvent.change(screen.getByRole('combobox', { name: 'Playback speed' }), { target: { value: '1.25' } });
    emit('pause', { currentTime: 42, paused: true });
    expect(region()).toHaveAttribute('data-state', 'paused');
    expect(audioElement().playbackRate).toBe(1.25);
  });

  it('shows an unsupported type at once, with a retry that checks again', () => {
    render(
      <AudioProvider>
        <AudioPlayer audio={{ ...track, src: '/a.m4a', mimeType: 'audio/aac' }} />
      </AudioProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This browser cannot play this audio format.');
    expect(screen.getByRole('link', { name: 'Download the file instead' })).toHaveAttribute('href', '/a.m4a');
    // Both the main button and the alert's button retry.
    for (const retry of screen.getAllByRole('button', { name: 'Retry' })) fireEvent.click(retry);
    expect(proto.canPlayType).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('recovers from a network error with Retry, from where it stopped', () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    emit('loadedmetadata', { duration: 295, readyState: 4 });
    emit('timeupdate', { currentTime: 61 });
    emit('error', { error: { code: 2 }, paused: true });
    expect(screen.getByRole('alert')).toHaveTextContent('network problem');
    expect(region()).toHaveAttribute('data-state', 'error');
    fireEvent.click(screen.getAllByRole('button', { name: 'Retry' })[1] as HTMLElement);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(proto.play).toHaveBeenCalledTimes(2);
    emit('loadedmetadata', { duration: 295, readyState: 4 });
    emit('playing');
    expect(audioElement().currentTime).toBe(61);
    expect(region()).toHaveAttribute('data-state', 'playing');
  });

  it('has no axe violations in the idle, playing and error states', async () => {
    const { container } = render(<App />);
    const check = async () => {
      const { violations } = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(violations).toEqual([]);
    };
    await check();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    emit('loadedmetadata', { duration: 295, readyState: 4 });
    emit('playing');
    await check();
    emit('error', { error: { code: 4 } });
    await check();
  });
});

// A click that lands after React has committed the hydrated page but before passive effects have
// run: modelled by a layout effect that clicks Play (layout effects run in that very gap).
function ClickPlayOnCommit() {
  useLayoutEffect(() => screen.getByRole('button', { name: 'Play' }).click(), []);
  return null;
}

describe('AudioProvider before its effects run', () => {
  it('keeps a Play click that arrives right after hydration, and still hides the floating player', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<App />);
    document.body.append(container);
    const root = await act(async () =>
      hydrateRoot(
        container,
        <App>
          <ClickPlayOnCommit />
        </App>,
      ),
    );
    onTestFinished(() => {
      act(() => root.unmount());
      container.remove();
    });
    expect(proto.play).toHaveBeenCalledTimes(1);
    expect(audioElement().getAttribute('src')).toBe('/audio/post.ogg');
    expect(region()).toHaveAttribute('data-state', 'loading');
    emit('loadedmetadata', { duration: 295, readyState: 4 });
    emit('playing');
    expect(region()).toHaveAttribute('data-state', 'playing');
    // The page's player reported itself from the first render on: the floating one stays hidden.
    expect(screen.queryByRole('region', { name: 'Now playing' })).toBeNull();
  });
});

describe('FloatingAudioPlayer', () => {
  it('without IntersectionObserver: hidden while the full player is mounted, shown on another page', () => {
    expect(typeof IntersectionObserver).toBe('undefined'); // jsdom has none
    const { rerender } = render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.queryByRole('region', { name: 'Now playing' })).toBeNull();
    rerender(<App showPlayer={false} />);
    const floating = screen.getByRole('region', { name: 'Now playing' });
    expect(floating.parentElement).toBe(document.body);
    expect(audioElement().paused).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Stop and close the player' }));
    expect(screen.queryByRole('region', { name: 'Now playing' })).toBeNull();
    expect(audioElement().paused).toBe(true);
    expect(audioElement().getAttribute('src')).toBeNull();
  });

  it('with IntersectionObserver: shows when the full player scrolls out of view', () => {
    let notify: (visible: boolean) => void = () => {};
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          notify = (visible) => act(() => callback([{ isIntersecting: visible }]));
        }
        observe() {}
        disconnect() {}
      },
    );
    render(<App />);
    notify(true);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.queryByRole('region', { name: 'Now playing' })).toBeNull();
    notify(false);
    expect(screen.getByRole('region', { name: 'Now playing' })).toHaveAttribute('data-state', 'loading');
  });
});

describe('Media Session', () => {
  it('works without the API (jsdom has none)', () => {
    expect('mediaSession' in navigator).toBe(false);
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    emit('loadedmetadata', { duration: Number.NaN, readyState: 1 });
    expect(region()).toHaveAttribute('data-state', 'buffering');
  });

  it('sets metadata and handlers, and only finite position states', () => {
    const setPositionState = vi.fn();
    const handlers = new Map<string, unknown>();
    const mediaSession = {
      metadata: null as unknown,
      playbackState: 'none',
      setPositionState,
      setActionHandler: (action: string, handler: unknown) => {
        if (action === 'stop') throw new TypeError('not supported'); // like some browsers
        handlers.set(action, handler);
      },
    };
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { mediaSession }));
    vi.stubGlobal(
      'MediaMetadata',
      class {
        constructor(public init: object) {}
      },
    );
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(mediaSession.metadata).toMatchObject({ init: { title: 'A narrated post' } });
    emit('durationchange', { duration: Number.POSITIVE_INFINITY, readyState: 1 });
    expect(setPositionState).not.toHaveBeenCalled();
    emit('loadedmetadata', { duration: 295, readyState: 4 });
    expect(setPositionState).toHaveBeenLastCalledWith({ duration: 295, position: 0, playbackRate: 1 });
    const seekforward = handlers.get('seekforward') as (details: object) => void;
    act(() => seekforward({}));
    expect(audioElement().currentTime).toBe(30);
  });
});

describe('useAudio', () => {
  it('explains where the provider goes when it is missing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useAudio())).toThrow(
      /need an <AudioProvider> above them: put it in the root layout/,
    );
  });
});
