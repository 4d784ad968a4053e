import Link from 'next/link';
import { tagPath } from '@/lib/site';

/** A tag with the slug of its page. */
export interface TagLink {
  name: string;
  slug: string;
}

/** A post's tags as links to their tag pages. */
export function TagList({ tags }: { tags: TagLink[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link className="tag" href={tagPath(tag.slug)}>
            #{tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
