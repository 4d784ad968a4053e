import { buildSearchIndex } from '@inkwell/search';
import { loadSearchIndex } from '@inkwell/search/query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { StoryMain } from '../../test/stories/story-main.js';
import { AudioPlayer } from '../audio/audio-player.js';
import { AudioProvider } from '../audio/audio-provider.js';
import { SearchSheetProvider } from '../search-sheet/search-sheet-provider.js';
import { ShareButton } from '../share/share-button.js';
import { FloatingNav } from './floating-nav.js';
import { FloatingNavRoot, type FloatingNavRootProps } from './floating-nav-root.js';

const index = loadSearchIndex(
  buildSearchIndex([
    {
      slug: 'streams',
      title: 'Streams in der Praxis',
      date: '2024-03-01T00:00:00.000Z',
      tags: ['streams'],
      html: '<p>Gegendruck in Node.js-Streams.</p>',
      headings: [],
    },
  ]),
);

/**
 * The hub composed from its parts, every text in German, beside a German share button and player.
 * The story's args go to `FloatingNav.Root` (the props table's component).
 */
function GermanBlog(rootProps: FloatingNavRootProps) {
  return (
    <AudioProvider messages={{ unavailable: 'Die Audiodatei konnte nicht geladen werden.' }}>
      <SearchSheetProvider
        loadIndex={async () => index}
        persistKey={false}
        labels={{
          search: 'Beiträge durchsuchen',
          placeholder: 'Beiträge durchsuchen…',
          close: 'Suche schließen',
          clear: 'Zurücksetzen',
          filterByTag: 'Nach Schlagwort filtern',
          loading: 'Suche wird geladen…',
          loadFailed: 'Die Suche konnte nicht geladen werden.',
          retry: 'Erneut versuchen',
          hint: 'Tippen, um Beiträge nach Titel, Überschrift oder Text zu durchsuchen.',
          browsing: (tags) => `Beiträge mit ${tags.join(', ')}, neueste zuerst. Tippen, um darin zu suchen.`,
          noMatch: (query) => `Kein Beitrag passt zu „${query}“`,
          resultCount: (count) => `${count} Treffer`,
          results: 'Ergebnisse',
          keys: { move: 'bewegen', open: 'öffnen', close: 'schließen' },
        }}
      >
        <StoryMain style={{ padding: 24, minHeight: '100vh' }} lang="de">
          <h1>Ein Beitrag</h1>
          <AudioPlayer
            audio={{ src: '/audio/beitrag.opus', title: 'Vorgelesen', duration: 295 }}
            labels={{
              play: 'Abspielen',
              pause: 'Pause',
              retry: 'Erneut versuchen',
              speed: 'Geschwindigkeit',
              mute: 'Stumm',
              volume: 'Lautstärke',
              seek: 'Position',
              back: (s) => `${s} Sekunden zurück`,
              forward: (s) => `${s} Sekunden vor`,
              player: (t) => `Audio: ${t}`,
            }}
          />
          <ShareButton
            url="https://blog.example/beitrag/"
            native={false}
            labels={{
              share: 'Teilen',
              copyLink: 'Link kopieren',
              copied: 'Kopiert',
              targets: { linkedin: 'LinkedIn', x: 'X', email: 'E-Mail' },
            }}
          />
          <FloatingNav.Root {...rootProps}>
            <FloatingNav.Trigger label="Menü" />
            <FloatingNav.Content>
              <FloatingNav.Search label="Suchen" />
              <FloatingNav.Theme
                labels={{ theme: 'Design', light: 'Hell', dark: 'Dunkel', system: 'System' }}
              />
              <FloatingNav.Item href="/" label="Startseite" />
              <FloatingNav.Item href="/about" label="Über mich" rel="author" />
            </FloatingNav.Content>
          </FloatingNav.Root>
        </StoryMain>
      </SearchSheetProvider>
    </AudioProvider>
  );
}

const meta = {
  title: 'Navigation/FloatingNav parts',
  component: FloatingNavRoot,
  render: (args) => <GermanBlog {...args} />,
  args: { label: 'Schnellnavigation', defaultOpen: true },
  argTypes: { children: { control: false } },
  parameters: {
    // Its own frame on the docs page: the hub is fixed to the bottom-right of its window.
    docs: { story: { inline: false, iframeHeight: 520 } },
  },
} satisfies Meta<typeof FloatingNavRoot>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A non-English locale: every text of the hub, the share button and the player comes from `labels`. */
export const German: Story = {
  play: async () => {
    const page = within(document.body);
    await expect(page.getByRole('navigation', { name: 'Schnellnavigation' })).toBeInTheDocument();
    await expect(page.getByRole('button', { name: 'Menü' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('link', { name: 'Startseite' })).toBeInTheDocument();
    await expect(page.getByRole('button', { name: 'Abspielen' })).toBeInTheDocument();
    await expect(page.getByRole('button', { name: '15 Sekunden zurück' })).toBeInTheDocument();
    await userEvent.click(page.getByRole('button', { name: 'Suchen' }));
    await waitFor(() => expect(page.getByRole('combobox', { name: 'Beiträge durchsuchen' })).toBeVisible());
    await expect(await page.findByText(/^Tippen, um Beiträge/, {}, { timeout: 5000 })).toBeVisible();
    // Closed again: the story ends on the German page with its hub open, as it opened.
    await userEvent.click(page.getByRole('button', { name: 'Suche schließen' }));
    await waitFor(() => expect(page.queryByRole('dialog')).toBeNull());
  },
};
