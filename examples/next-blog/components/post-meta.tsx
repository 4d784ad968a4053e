import type { BlogPost } from '@/lib/posts';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/** Date and reading time, as a reader scans them. */
export function PostMeta({ post }: { post: Pick<BlogPost, 'date' | 'readingTime' | 'updated'> }) {
  return (
    <p className="post-meta">
      <time dateTime={post.date}>{dateFormat.format(new Date(post.date))}</time>
      <span aria-hidden="true"> · </span>
      <span>{post.readingTime.text}</span>
      {post.updated ? (
        <>
          <span aria-hidden="true"> · </span>
          <span>
            updated <time dateTime={post.updated}>{dateFormat.format(new Date(post.updated))}</time>
          </span>
        </>
      ) : null}
    </p>
  );
}
