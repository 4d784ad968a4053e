import { postHref } from '@inkwell/core';
import { buildSearchIndex } from '@inkwell/search';
import { getPosts } from '@/lib/posts';

export const dynamic = 'force-static';

export async function GET() {
  // The index stores each post's link, so the search sheet never guesses the URL scheme; pass the
  // site's basePath here if it has one.
  const body = buildSearchIndex(await getPosts(), { href: (post) => postHref(post) });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
