'use client';

import { useSearchSheet } from '@inkwell/react';
import type { MouseEvent } from 'react';
import { IntentLink as Link } from '@/components/intent-link';
import { tagPath } from '@/lib/site';

/** A tag with the slug of its page. */
export interface TagLink {
  name: string;
  slug: string;
}

/**
 * One tag chip: a link to the tag's page (without JavaScript, and with a modifier key for a new
 * tab), which a plain click turns into the search sheet opened on that tag's posts.
 */
export function TagChip({ tag }: { tag: TagLink }) {
  const search = useSearchSheet();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    search.open({ tags: [tag.name] });
  };
  return (
    <Link className="tag" href={tagPath(tag.slug)} onClick={onClick} onPointerEnter={search.prefetch}>
      #{tag.name}
    </Link>
  );
}

/** A post's tags as chips that open the search sheet on their tag. */
export function TagList({ tags }: { tags: TagLink[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <TagChip tag={tag} />
        </li>
      ))}
    </ul>
  );
}
