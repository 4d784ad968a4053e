import { site } from '@/lib/site';

/** Footer with the feeds. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {site.title} · built with Inkwell · <a href="/rss.xml">RSS</a> · <a href="/atom.xml">Atom</a> ·{' '}
        <a href="/feed.json">JSON Feed</a> · <a href="/sitemap.xml">Sitemap</a>
      </p>
    </footer>
  );
}
