import { IntentLink as Link } from '@/components/intent-link';
import { site, withBasePath } from '@/lib/site';

/** The site's top bar: name and main links (the theme toggle lives in the floating hub). */
export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="site-header__brand">
        {site.title}
      </Link>
      <nav aria-label="Main" className="site-header__nav">
        <Link href="/">Posts</Link>
        <Link href="/about/">About</Link>
        <a href={withBasePath('/rss.xml')}>RSS</a>
      </nav>
    </header>
  );
}
