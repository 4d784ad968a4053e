'use client';

import type { ReactNode } from 'react';
import { useLinkComponent } from '../link/link-provider.js';
import { SearchIcon } from '../search-sheet/search-icons.js';
import {
  SearchSheetProvider,
  type SearchSheetProviderProps,
  useOptionalSearchSheet,
} from '../search-sheet/search-sheet-provider.js';
import { ShareButton, type ShareButtonProps } from '../share/share-button.js';
import { ThemeToggle, type ThemeToggleLabels } from '../theme/theme-toggle.js';
import { useFloatingNav } from './floating-nav-context.js';

/** A hub entry: a link (`href`) or an action (`onSelect`). */
export type FloatingNavEntry = {
  label: string;
  /** A small icon; give it `aria-hidden`. */
  icon?: ReactNode;
} & ({ href: string; onSelect?: never } | { onSelect: () => void; href?: never });

/** Props of {@link FloatingNavItem}. */
export type FloatingNavItemProps = FloatingNavEntry & {
  /** `rel` of the link, e.g. `'author'`. */
  rel?: string;
};

/**
 * One entry of the hub: a link through the site's `LinkProvider` component (so Next's `Link` keeps
 * client-side navigation), or a button. Choosing it closes the hub.
 *
 * @example
 * ```tsx
 * <FloatingNav.Item href="/rss.xml" label="RSS" icon={<RssIcon aria-hidden />} />
 * <FloatingNav.Item onSelect={() => window.print()} label="Print" />
 * ```
 */
export function FloatingNavItem({ label, icon, rel, href, onSelect }: FloatingNavItemProps) {
  const nav = useFloatingNav('Item');
  const Link = useLinkComponent();
  const content = (
    <>
      {icon}
      <span>{label}</span>
    </>
  );
  return (
    <li>
      {href !== undefined ? (
        <Link href={href} className="inkwell-nav__item" rel={rel} onClick={() => nav.setOpen(false)}>
          {content}
        </Link>
      ) : (
        <button
          type="button"
          className="inkwell-nav__item"
          onClick={() => {
            nav.setOpen(false);
            onSelect?.();
          }}
        >
          {content}
        </button>
      )}
    </li>
  );
}

/** Props of {@link FloatingNavSearch}: the entry's text and, without a `SearchSheetProvider`, the sheet's options. */
export type FloatingNavSearchProps = Omit<SearchSheetProviderProps, 'children'> & {
  /** The entry's text. Default `'Search'`. */
  label?: string;
};

function SearchEntry({ label }: { label: string }) {
  const nav = useFloatingNav('Search');
  const search = useOptionalSearchSheet();
  return (
    <button
      type="button"
      className="inkwell-nav__item"
      onPointerEnter={search?.prefetch}
      onFocus={search?.prefetch}
      onClick={() => {
        nav.setOpen(false);
        search?.open({ returnFocus: nav.buttonRef.current });
      }}
    >
      <SearchIcon />
      <span>{label}</span>
    </button>
  );
}

/**
 * The Search entry: opens the page's `SearchSheetProvider` sheet, or, without one, a sheet of its own
 * (pass `indexUrl` or `loadIndex`). The sheet's code loads the first time it opens; the index starts
 * downloading when the pointer or focus reaches the entry.
 *
 * @example
 * ```tsx
 * <FloatingNav.Search indexUrl="/search-index.json" label="Suchen" />
 * ```
 */
export function FloatingNavSearch({ label = 'Search', ...sheet }: FloatingNavSearchProps) {
  const provided = useOptionalSearchSheet();
  return (
    <li>
      {provided ? (
        <SearchEntry label={label} />
      ) : (
        <SearchSheetProvider {...sheet}>
          <SearchEntry label={label} />
        </SearchSheetProvider>
      )}
    </li>
  );
}

/**
 * The Share entry (see `ShareButton`): the system share sheet on phones, the panel of links on
 * desktop, opening beside the column of entries. The panel's code loads when first opened.
 *
 * @example
 * ```tsx
 * <FloatingNav.Share labels={{ share: 'Teilen', copyLink: 'Link kopieren' }} />
 * ```
 */
export function FloatingNavShare(props: Omit<ShareButtonProps, 'className' | 'showLabel'>) {
  return (
    <li>
      <ShareButton {...props} className="inkwell-nav__share" />
    </li>
  );
}

/**
 * The Theme entry (see `ThemeToggle`), with its words shown.
 *
 * @example
 * ```tsx
 * <FloatingNav.Theme labels={{ theme: 'Design', light: 'Hell', dark: 'Dunkel', system: 'System' }} />
 * ```
 */
export function FloatingNavTheme({ labels }: { labels?: Partial<ThemeToggleLabels> }) {
  return (
    <li>
      <ThemeToggle showLabel className="inkwell-nav__item" labels={labels} />
    </li>
  );
}
