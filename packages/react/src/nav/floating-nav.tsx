'use client';

import type { ShareButtonProps } from '../share/share-button.js';
import type { ThemeToggleLabels } from '../theme/theme-toggle.js';
import {
  type FloatingNavEntry,
  type FloatingNavSearchProps,
  FloatingNavShare,
  FloatingNavTheme,
  FloatingNavItem as ItemPart,
  FloatingNavSearch as SearchPart,
} from './floating-nav-items.js';
import { FloatingNavContent, FloatingNavRoot, FloatingNavTrigger } from './floating-nav-root.js';
import { HomeIcon, PersonIcon } from './nav-icons.js';

/** A custom hub entry: a link (`href`) or an action (`onSelect`). */
export type FloatingNavItem = FloatingNavEntry;

/** Options of the built-in Search entry: the sheet's options (see `SearchSheet`). */
export type FloatingNavSearch = Omit<FloatingNavSearchProps, 'label'>;

/** Every text of the preset, for another language: pass only the ones you change. */
export interface FloatingNavLabels {
  /** The navigation landmark. Default `'Quick navigation'`. */
  nav: string;
  /** The round button. Default `'Menu'`. */
  menu: string;
  /** The Search entry. Default `'Search'`. */
  search: string;
  /** The Home link. Default `'Home'`. */
  home: string;
  /** The author link, unless `author.label` is given. Default `'Author'`. */
  author: string;
}

const defaultLabels: FloatingNavLabels = {
  nav: 'Quick navigation',
  menu: 'Menu',
  search: 'Search',
  home: 'Home',
  author: 'Author',
};

/** Props of {@link FloatingNav}. */
export interface FloatingNavProps {
  /** Controlled open state of the hub. Default: uncontrolled — the hub keeps its own open state. */
  open?: boolean;
  /** Initial open state when uncontrolled. @default false */
  defaultOpen?: boolean;
  /**
   * Called with the hub's new open state (button, hover, Escape, a click outside, a followed link).
   * Default: none (the hub still opens and closes itself when uncontrolled).
   */
  onOpenChange?: (open: boolean) => void;
  /**
   * Search entry: the sheet's options (`indexUrl` or `loadIndex`), or `true` to open the page's
   * `SearchSheetProvider`. Omit or `false` for no search.
   */
  search?: FloatingNavSearch | boolean;
  /** Share entry (see `ShareButton`). Default `true`. */
  share?: boolean | Omit<ShareButtonProps, 'className' | 'showLabel'>;
  /** Theme entry. Default `true`. */
  theme?: boolean | { labels?: Partial<ThemeToggleLabels> };
  /** Home link. Default `'/'`; `false` hides it. */
  home?: string | false;
  /** Link to the author page, e.g. `{ href: '/about', label: 'About me' }`. Default: none (no author entry). */
  author?: { href: string; label?: string };
  /** More entries, after the built-ins. */
  items?: FloatingNavItem[];
  /** Unfold when the pointer rests on the button, on precise pointers (mouse, trackpad). @default true */
  hoverUnfurl?: boolean;
  /** Texts, for another language: pass only the ones you change. Default: English (see `FloatingNavLabels`). */
  labels?: Partial<FloatingNavLabels>;
  /** Accessible name of the navigation landmark. Default: `labels.nav`. @deprecated Use `labels.nav`. */
  label?: string;
  /** Accessible name of the round button. Default: `labels.menu`. @deprecated Use `labels.menu`. */
  buttonLabel?: string;
  /** Extra class names on the navigation landmark. Default: none (only `inkwell-nav`). */
  className?: string;
}

/**
 * The reader's one point of control: a round button at the bottom-right, above the home indicator, that
 * unfolds into Search, Share, Theme, Home, Author and your own entries. It follows the disclosure
 * pattern (Tab through the entries, Escape closes and returns focus, a click outside closes), unfolds on
 * hover of its button only for precise pointers and never moves focus when it does, and while closed
 * takes the pointer only on its button. The search sheet and the share panel load when first used.
 *
 * This is a preset built from the parts — `FloatingNav.Root`, `.Trigger`, `.Content`, `.Item`,
 * `.Search`, `.Share`, `.Theme` — which you can compose yourself for another order or other entries.
 *
 * @example
 * ```tsx
 * <FloatingNav
 *   search={{ indexUrl: '/search-index.json' }}
 *   author={{ href: '/about', label: 'About Ada' }}
 *   items={[{ label: 'RSS', href: '/rss.xml', icon: <RssIcon aria-hidden /> }]}
 * />
 * ```
 */
export function FloatingNav({
  search = false,
  share = true,
  theme = true,
  home = '/',
  author,
  items = [],
  labels: overrides,
  label,
  buttonLabel,
  ...root
}: FloatingNavProps) {
  const labels = {
    ...defaultLabels,
    ...(label ? { nav: label } : {}),
    ...(buttonLabel ? { menu: buttonLabel } : {}),
    ...overrides,
  };
  return (
    <FloatingNavRoot {...root} label={labels.nav}>
      <FloatingNavTrigger label={labels.menu} />
      <FloatingNavContent>
        {search && <SearchPart {...(search === true ? {} : search)} label={labels.search} />}
        {share && <FloatingNavShare {...(share === true ? {} : share)} />}
        {theme && <FloatingNavTheme labels={theme === true ? undefined : theme.labels} />}
        {home !== false && <ItemPart href={home} label={labels.home} icon={<HomeIcon />} />}
        {author && (
          <ItemPart
            href={author.href}
            rel="author"
            label={author.label ?? labels.author}
            icon={<PersonIcon />}
          />
        )}
        {items.map((item) => (
          <ItemPart key={item.label} {...item} />
        ))}
      </FloatingNavContent>
    </FloatingNavRoot>
  );
}

/** The parts, Radix style: `<FloatingNav.Root>`, `<FloatingNav.Item>`, … (also exported by name for server components). */
FloatingNav.Root = FloatingNavRoot;
FloatingNav.Trigger = FloatingNavTrigger;
FloatingNav.Content = FloatingNavContent;
FloatingNav.Item = ItemPart;
FloatingNav.Search = SearchPart;
FloatingNav.Share = FloatingNavShare;
FloatingNav.Theme = FloatingNavTheme;
