import type { Post } from '../post.js';

/**
 * Parses one of a post's ISO date fields, failing with the post's file and field when the
 * value is not a date (posts from `loadPosts` are always valid; hand-made ones may not be).
 */
export function postDate(post: Pick<Post, 'slug' | 'file'>, field: 'date' | 'updated', value: string): Date {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) {
    throw new TypeError(
      `${post.file || post.slug}: field "${field}" is not a valid date: ${JSON.stringify(value)}. ` +
        'Use an ISO 8601 date such as "2024-05-01" or "2024-05-01T09:30:00Z".',
    );
  }
  return parsed;
}

/** When a post was published, as a `Date`. */
export function publishedDate(post: Post): Date {
  return postDate(post, 'date', post.date);
}

/** When a post last changed (`updated`, else `date`), as a `Date`. */
export function modifiedDate(post: Post): Date {
  return postDate(post, post.updated ? 'updated' : 'date', post.updated ?? post.date);
}
