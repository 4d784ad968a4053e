import { buildSearchIndex } from '@inkwell/search';
import { getPosts } from '@/lib/posts';

export const dynamic = 'force-static';

export async function GET() {
  const body = buildSearchIndex(await getPosts());
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
