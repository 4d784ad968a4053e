'use client';

import { useState } from 'react';
import type { BlogPost } from '@/lib/posts';
import { PostCard } from './post-card';
import type { TagLink } from './tag-list';

/** The fields a post card shows: what the home page sends to the browser (no HTML bodies). */
export type PostSummary = Pick<
  BlogPost,
  | 'slug'
  | 'title'
  | 'description'
  | 'date'
  | 'updated'
  | 'readingTime'
  | 'coverImage'
  | 'coverImageAlt'
  | 'coverImageSize'
> & { tags: TagLink[] };

/** The post list with tag chips that filter it in place (all posts show without JavaScript). */
export function FilterablePostList({
  posts,
  tags,
}: {
  posts: PostSummary[];
  tags: (TagLink & { count: number })[];
}) {
  const [active, setActive] = useState<TagLink | null>(null);
  const shown = active ? posts.filter((post) => post.tags.some((tag) => tag.slug === active.slug)) : posts;

  return (
    <>
      <fieldset className="tag-filter">
        <legend className="sr-only">Filter posts by tag</legend>
        <button type="button" className="chip" aria-pressed={active === null} onClick={() => setActive(null)}>
          All <span className="chip__count">{posts.length}</span>
        </button>
        {tags.map((tag) => (
          <button
            key={tag.slug}
            type="button"
            className="chip"
            aria-pressed={active?.slug === tag.slug}
            onClick={() => setActive(active?.slug === tag.slug ? null : tag)}
          >
            {tag.name} <span className="chip__count">{tag.count}</span>
          </button>
        ))}
      </fieldset>
      <p className="sr-only" aria-live="polite">
        {active ? `${shown.length} posts tagged ${active.name}` : ''}
      </p>
      <div className="post-list">
        {shown.map((post, index) => (
          <PostCard key={post.slug} post={post} priority={index === 0} />
        ))}
      </div>
    </>
  );
}
