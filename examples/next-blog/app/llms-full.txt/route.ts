import { createLlmsFullTxt } from '@inkwell/core';
import { contentDir, getPosts } from '@/lib/posts';
import { postMarkdownPath, site } from '@/lib/site';

export const dynamic = 'force-static';

/** Every post in full, as markdown, in one file. */
export async function GET() {
  const body = await createLlmsFullTxt(await getPosts(), site, {
    dir: contentDir,
    markdownUrl: (post) => postMarkdownPath(post.slug),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
