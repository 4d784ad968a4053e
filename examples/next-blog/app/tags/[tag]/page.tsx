import { getTags, postsWithTag } from '@inkwell/core';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostCard } from '@/components/post-card';
import { getPosts } from '@/lib/posts';
import { tagLinks } from '@/lib/tags';

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export async function generateStaticParams() {
  return getTags(await getPosts()).map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const slug = (await params).tag;
  const tag = getTags(await getPosts()).find((candidate) => candidate.slug === slug);
  return tag
    ? { title: `Posts tagged ${tag.name}`, description: `${tag.count} posts tagged ${tag.name}.` }
    : {};
}

export default async function TagPage({ params }: TagPageProps) {
  const slug = (await params).tag;
  const posts = await getPosts();
  const tag = getTags(posts).find((candidate) => candidate.slug === slug);
  if (!tag) notFound();
  const tagged = postsWithTag(posts, slug);
  return (
    <main id="main" className="page">
      <header className="hero hero--small">
        <h1>
          Posts tagged <span className="hero__tag">#{tag.name}</span>
        </h1>
        <p>
          {tag.count} {tag.count === 1 ? 'post' : 'posts'}
        </p>
      </header>
      <div className="post-list">
        {tagged.map((post) => (
          <PostCard key={post.slug} post={{ ...post, tags: tagLinks(post) }} />
        ))}
      </div>
    </main>
  );
}
