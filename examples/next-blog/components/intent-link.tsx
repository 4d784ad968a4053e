'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps, FocusEvent, PointerEvent } from 'react';

/**
 * Next's `<Link>`, prefetching when a reader shows intent (pointer over the link, keyboard focus, a
 * touch) instead of whenever the link scrolls into view. A blog's pages list many links: prefetching
 * all of them competes with the first page's own loading and hydration on a phone, and fetches pages
 * nobody opens. Navigation stays client-side; a link reached for is usually fetched before the click.
 */
export function IntentLink({ onPointerEnter, onFocus, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const href = typeof props.href === 'string' ? props.href : null;
  const prefetch = () => {
    if (href?.startsWith('/')) router.prefetch(href);
  };
  return (
    <NextLink
      {...props}
      prefetch={false}
      onPointerEnter={(event: PointerEvent<HTMLAnchorElement>) => {
        prefetch();
        onPointerEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        prefetch();
        onFocus?.(event);
      }}
    />
  );
}
