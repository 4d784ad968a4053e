import { getTags } from '@inkwell/core';
import { FilterablePostList, type PostSummary } from '@/components/filterable-post-list';
import { getPosts } from '@/lib/posts';
import { site } from '@/lib/site';
import { tagLinks } from '@/lib/tags';

export default async function HomePage() {
  const posts = await getPosts();
  const summaries: PostSummary[] = posts.map((post) => ({
    slug: post.slug,
    title: post.title,
    description: post.description,
    date: post.date,
    updated: post.updated,
    readingTime: post.readingTime,
    coverImage: post.coverImage,
    coverImageAlt: post.coverImageAlt,
    coverImageSize: post.coverImageSize,
    tags: tagLinks(post),
  }));
  return (
    <main id="main" className="page">
      <header className="hero">
        <h1>{site.title}</h1>
        <p>{site.description}</p>
      </header>
      <FilterablePostList posts={summaries} tags={getTags(posts)} />
    </main>
  );
}
