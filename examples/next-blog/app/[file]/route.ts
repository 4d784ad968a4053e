import { postMarkdown } from '@inkwell/core';
import { contentDir, getPost, getPosts } from '@/lib/posts';
import { site } from '@/lib/site';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** `/<slug>.md` for every post: its clean markdown, for readers' tools. */
export async function generateStaticParams() {
  return (await getPosts()).map((post) => ({ file: `${post.slug}.md` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const post = file.endsWith('.md') ? await getPost(file.slice(0, -3)) : undefined;
  if (!post) return new Response('Not found', { status: 404 });
  const body = await postMarkdown(post, { site, dir: contentDir });
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
