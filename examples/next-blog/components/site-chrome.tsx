'use client';

import {
  AudioProvider,
  CopyButtons,
  FloatingAudioPlayer,
  FloatingNav,
  LinkProvider,
  ThemeProvider,
} from '@inkwell/react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { site, withBasePath } from '@/lib/site';
import { RouteLoader } from './route-loader';

/**
 * Client providers that live in the root layout, so they survive client-side navigation: the theme,
 * Next's Link for every Inkwell link, and the one audio element that keeps narration playing.
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider>
      <LinkProvider component={Link}>
        <AudioProvider>
          <RouteLoader />
          {children}
          <FloatingAudioPlayer />
          <FloatingNav
            home="/"
            author={{ href: site.author.url, label: `About ${site.author.name}` }}
            search={{ indexUrl: withBasePath('/search-index.json') }}
          />
          <CopyButtons />
        </AudioProvider>
      </LinkProvider>
    </ThemeProvider>
  );
}
