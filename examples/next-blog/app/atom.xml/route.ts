import { createFeed } from '@inkwell/core';
import { getPosts } from '@/lib/posts';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

export async function GET() {
  const body = createFeed(await getPosts(), { format: 'atom', site });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
