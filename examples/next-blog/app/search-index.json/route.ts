import { buildSearchIndex } from '@inkwell/search';
import { getPosts } from '@/lib/posts';
import { postPath } from '@/lib/site';

export const dynamic = 'force-static';

export async function GET() {
  // The same router path the pages link to with next/link (which adds any basePath itself), so the
  // search sheet links where the post cards do.
  const body = buildSearchIndex(await getPosts(), { href: (post) => postPath(post.slug) });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
