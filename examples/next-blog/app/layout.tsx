import '@inkwell/react/styles.css';
import './site.css';
import { themeScript } from '@inkwell/react';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/site-chrome';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { site, withBasePath } from '@/lib/site';
import { mono, sans } from './fonts';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.title, template: `%s · ${site.title}` },
  description: site.description,
  alternates: {
    types: {
      'application/rss+xml': withBasePath('/rss.xml'),
      'application/atom+xml': withBasePath('/atom.xml'),
      'application/feed+json': withBasePath('/feed.json'),
    },
  },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#15181d' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language} className={`${sans.variable} ${mono.variable}`} suppressHydrationWarning>
      <head>
        {/* Sets data-theme before first paint: no flash of the wrong theme. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script shipped by @inkwell/react */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteChrome>
          <SiteHeader />
          {children}
          <SiteFooter />
        </SiteChrome>
      </body>
    </html>
  );
}
