import { ThemeToggle } from '@inkwell/react';
import Link from 'next/link';
import { site } from '@/lib/site';

/** The site's top bar: name, main links and the theme toggle. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="site-header__brand">
        {site.title}
      </Link>
      <nav aria-label="Main" className="site-header__nav">
        <Link href="/">Posts</Link>
        <Link href="/about/">About</Link>
        <a href="/rss.xml">RSS</a>
        <ThemeToggle />
      </nav>
    </header>
  );
}
