'use client';

import {
  AudioProvider,
  CopyButtons,
  FloatingAudioPlayer,
  FloatingNav,
  LinkProvider,
  SearchSheetProvider,
  ThemeProvider,
} from '@inkwell/react';
import type { ReactNode } from 'react';
import { IntentLink as Link } from '@/components/intent-link';
import { site, withBasePath } from '@/lib/site';
import { RouteLoader } from './route-loader';

/**
 * Client providers that live in the root layout, so they survive client-side navigation: the theme,
 * Next's Link for every Inkwell link, the one audio element that keeps narration playing, and the
 * one search sheet, which the hub and the tag chips open (pre-filtered, for a chip).
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider>
      <LinkProvider component={Link}>
        <AudioProvider>
          <SearchSheetProvider indexUrl={withBasePath('/search-index.json')}>
            <RouteLoader />
            {children}
            <FloatingAudioPlayer />
            <FloatingNav
              home="/"
              author={{ href: site.author.url, label: `About ${site.author.name}` }}
              search
            />
            <CopyButtons />
          </SearchSheetProvider>
        </AudioProvider>
      </LinkProvider>
    </ThemeProvider>
  );
}
