import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AudioPlayer,
  AudioProvider,
  CopyButtons,
  FloatingAudioPlayer,
  FloatingNav,
  HighlightedText,
  LinkProvider,
  ProgressBar,
  SearchSheet,
  ShareButton,
  ThemeProvider,
  ThemeToggle,
} from '../../src/index.js';
import { hydrateServerHtml } from './server-globals.js';

// Every component: rendered with no browser globals (as on a server), then hydrated over that HTML
// in the DOM with console.error spied. Stored state that differs from the server's default (a
// saved theme, a saved search, a saved playback position) must not cause a hydration mismatch.

const loadIndex = vi.fn(async () => ({ search: () => [], tags: () => [] }));
const mounted: { unmount: () => void }[] = [];

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  for (const root of mounted.splice(0)) root.unmount();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-theme');
});

const cases = {
  'ThemeProvider + ThemeToggle': () => (
    <ThemeProvider>
      <ThemeToggle />
    </ThemeProvider>
  ),
  'FloatingNav (with search, theme, share, author)': () => (
    <ThemeProvider>
      <FloatingNav search={{ loadIndex }} author={{ href: '/about' }} />
    </ThemeProvider>
  ),
  'FloatingNav defaultOpen': () => (
    <ThemeProvider>
      <FloatingNav defaultOpen search={{ loadIndex }} />
    </ThemeProvider>
  ),
  'SearchSheet closed': () => <SearchSheet loadIndex={loadIndex} />,
  'SearchSheet defaultOpen': () => <SearchSheet defaultOpen loadIndex={loadIndex} />,
  ShareButton: () => <ShareButton title="Hello" url="https://example.com/posts/hello/" />,
  ProgressBar: () => <ProgressBar />,
  'ProgressBar accessible': () => <ProgressBar accessible aria-label="Reading progress" />,
  'AudioProvider + AudioPlayer + FloatingAudioPlayer': () => (
    <AudioProvider>
      <AudioPlayer audio={{ src: '/a.opus', title: 'Narrated', duration: 295 }} />
      <FloatingAudioPlayer />
    </AudioProvider>
  ),
  CopyButtons: () => (
    <article>
      <pre>
        <code>const a = 1;</code>
      </pre>
      <CopyButtons />
    </article>
  ),
  HighlightedText: () => <HighlightedText text="Streams and backpressure" ranges={[[12, 24]]} />,
  'LinkProvider with a framework link': () => (
    <LinkProvider component={(props) => <a data-framework="" {...props} />}>
      <FloatingNav search={{ loadIndex }} />
    </LinkProvider>
  ),
};

describe.each(['nothing stored', 'state stored by an earlier visit'])('hydration, %s', (stored) => {
  beforeEach(() => {
    if (stored === 'nothing stored') return;
    localStorage.setItem('inkwell-theme', 'dark');
    sessionStorage.setItem('inkwell-search', JSON.stringify({ query: 'streams', tags: ['release'] }));
    localStorage.setItem('inkwell-audio-rate', '1.5');
    localStorage.setItem('inkwell-audio-position:/a.opus', '120');
  });

  it.each(Object.entries(cases))(
    '%s hydrates the server HTML without a mismatch or console error',
    async (_name, element) => {
      const { root } = await hydrateServerHtml(element());
      mounted.push(root);
      // Something is on the page (FloatingNav renders into a portal on document.body after mounting).
      expect(
        document.body.textContent?.trim() || document.body.querySelector('[class^="inkwell"]'),
      ).toBeTruthy();
    },
  );
});
