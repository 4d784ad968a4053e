import { IntentLink as Link } from '@/components/intent-link';
import { postPath } from '@/lib/site';
import type { PostSummary } from './filterable-post-list';
import { PostMeta } from './post-meta';
import { TagList } from './tag-list';

/** One post in a list: cover, title, description, date, reading time and tags. */
export function PostCard({ post, priority = false }: { post: PostSummary; priority?: boolean }) {
  return (
    <article className="post-card" data-tags={post.tags.map((tag) => tag.slug).join(' ')}>
      {post.coverImage ? (
        <Link href={postPath(post.slug)} tabIndex={-1} aria-hidden="true" className="post-card__cover">
          {/* biome-ignore lint/performance/noImgElement: static export serves images as they are */}
          <img
            src={post.coverImage}
            alt=""
            width={1200}
            height={630}
            loading={priority ? 'eager' : 'lazy'}
            decoding="async"
            fetchPriority={priority ? 'high' : 'auto'}
          />
        </Link>
      ) : null}
      <div className="post-card__body">
        <h2 className="post-card__title">
          <Link href={postPath(post.slug)}>{post.title}</Link>
        </h2>
        <PostMeta post={post} />
        {post.description ? <p className="post-card__description">{post.description}</p> : null}
        <TagList tags={post.tags} />
      </div>
    </article>
  );
}
