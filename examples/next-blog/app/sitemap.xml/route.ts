import { createSitemap } from '@inkwell/core';
import { getPosts } from '@/lib/posts';
import { site, tagPath } from '@/lib/site';
import { allTags } from '@/lib/tags';

export const dynamic = 'force-static';

export async function GET() {
  const posts = await getPosts();
  const body = createSitemap(posts, {
    site,
    pages: ['/', '/about/', ...allTags(posts).map((tag) => tagPath(tag.slug))],
  });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
