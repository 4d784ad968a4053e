import { createSitemap } from '@inkwell/core';
import { getPosts } from '@/lib/posts';
import { site, tagPath } from '@/lib/site';

export const dynamic = 'force-static';

export async function GET() {
  const posts = await getPosts();
  const body = createSitemap(posts, {
    site,
    pages: ['/', '/about/'],
    tagUrl: (tag) => tagPath(tag.slug),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
