import { createLlmsTxt } from '@inkwell/core';
import { getPosts } from '@/lib/posts';
import { postMarkdownPath, site } from '@/lib/site';

export const dynamic = 'force-static';

/** llms.txt (llmstxt.org): the site's summary and a link to every post's markdown. */
export async function GET() {
  const body = createLlmsTxt(await getPosts(), site, {
    markdownUrl: (post) => postMarkdownPath(post.slug),
    details: 'Every post is also served as plain markdown at the link below; /llms-full.txt has them all.',
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
