import { site, withBasePath } from '@/lib/site';

/** Footer with the feeds. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {site.title} · built with Inkwell · <a href={withBasePath('/rss.xml')}>RSS</a> ·{' '}
        <a href={withBasePath('/atom.xml')}>Atom</a> · <a href={withBasePath('/feed.json')}>JSON Feed</a> ·{' '}
        <a href={withBasePath('/sitemap.xml')}>Sitemap</a>
      </p>
    </footer>
  );
}
