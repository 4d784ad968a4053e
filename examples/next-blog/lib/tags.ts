import { tagSlug } from '@inkwell/core';
import type { TagLink } from '@/components/tag-list';
import type { BlogPost } from './posts';

/** A post's tags with the slugs of their pages (case variants share one page). */
export function tagLinks(post: Pick<BlogPost, 'tags'>): TagLink[] {
  return post.tags.map((name) => ({ name, slug: tagSlug(name) }));
}
