import type { Metadata } from 'next';
import { site, withBasePath } from '@/lib/site';

export const metadata: Metadata = { title: 'About', description: `About ${site.author.name} and this blog.` };

export default function AboutPage() {
  return (
    <main id="main" className="page page--narrow">
      <h1>About</h1>
      <div className="inkwell-prose">
        <p>
          <strong>{site.author.name}</strong>{' '}
          {site.author.bio.charAt(0).toLowerCase() + site.author.bio.slice(1)}
        </p>
        <p>
          This site is the example blog of Inkwell. Every post is a markdown file; the build validates them,
          renders highlighted code in light and dark themes, writes an RSS, Atom and JSON feed and a sitemap,
          and builds the search index that the floating search button loads on first use.
        </p>
        <h2 id="subscribe">Subscribe</h2>
        <ul>
          <li>
            <a href={withBasePath('/rss.xml')}>RSS</a>
          </li>
          <li>
            <a href={withBasePath('/atom.xml')}>Atom</a>
          </li>
          <li>
            <a href={withBasePath('/feed.json')}>JSON Feed</a>
          </li>
        </ul>
      </div>
    </main>
  );
}
