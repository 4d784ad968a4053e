import { adjacentPosts, postMetadata, postSeries, relatedPosts } from '@inkwell/core';
import { AudioPlayer, ProgressBar, ShareButton } from '@inkwell/react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IntentLink as Link } from '@/components/intent-link';
import { PostMeta } from '@/components/post-meta';
import { TableOfContents } from '@/components/table-of-contents';
import { TagList } from '@/components/tag-list';
import { getPost, getPosts } from '@/lib/posts';
import { postPath, site } from '@/lib/site';
import { tagLinks } from '@/lib/tags';

interface PostPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateStaticParams() {
  return (await getPosts()).map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: PostPageProps): Promise<Metadata> {
  const post = await getPost((await params).slug);
  return post ? postMetadata(post, site) : {};
}

export default async function PostPage({ params }: PostPageProps) {
  const posts = await getPosts();
  const post = await getPost((await params).slug);
  if (!post) notFound();
  const series = postSeries(post, posts);
  const { previous, next } = adjacentPosts(post, posts);
  const related = relatedPosts(post, posts, { limit: 3 });
  const url = `${site.url}${postPath(post.slug)}`;

  return (
    <main id="main" className="page page--post">
      <ProgressBar target="#post-body" />
      <article className="post">
        <header className="post__header">
          <h1>{post.title}</h1>
          <PostMeta post={post} />
          <TagList tags={tagLinks(post)} />
          {post.coverImage ? (
            // biome-ignore lint/performance/noImgElement: static export serves images as they are
            <img
              className="post__cover"
              src={post.coverImage}
              alt={post.coverImageAlt ?? ''}
              width={1200}
              height={630}
              fetchPriority="high"
            />
          ) : null}
          {post.audio ? <AudioPlayer audio={post.audio} /> : null}
        </header>
        {series && series.posts.length > 1 ? (
          <nav className="series" aria-label={`Series: ${series.name}`}>
            <p className="series__title">
              {series.name}: part {series.index + 1} of {series.posts.length}
            </p>
            <ol>
              {series.posts.map((part) => (
                <li key={part.slug}>
                  {part.slug === post.slug ? (
                    <span aria-current="page">{part.title}</span>
                  ) : (
                    <Link href={postPath(part.slug)}>{part.title}</Link>
                  )}
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <div className="post__layout">
          <TableOfContents headings={post.headings} />
          <div
            id="post-body"
            className="inkwell-prose post__body"
            // The HTML comes from @inkwell/core, which sanitizes it by default.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized at build time
            dangerouslySetInnerHTML={{ __html: post.html }}
          />
        </div>
        <footer className="post__footer">
          <ShareButton url={url} title={post.title} text={post.description} />
        </footer>
      </article>
      <nav className="adjacent" aria-label="More posts">
        {previous ? (
          <Link className="adjacent__link" rel="prev" href={postPath(previous.slug)}>
            <span className="adjacent__label">Previous</span> {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link className="adjacent__link adjacent__link--next" rel="next" href={postPath(next.slug)}>
            <span className="adjacent__label">Next</span> {next.title}
          </Link>
        ) : null}
      </nav>
      {related.length > 0 ? (
        <section className="related" aria-labelledby="related-title">
          <h2 id="related-title">Related posts</h2>
          <ul>
            {related.map((other) => (
              <li key={other.slug}>
                <Link href={postPath(other.slug)}>{other.title}</Link>
                {other.description ? <p>{other.description}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
