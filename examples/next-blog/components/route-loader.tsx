'use client';

import { TopLoader } from '@inkwell/react';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

function RouterUrl() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return <TopLoader url={query ? `${pathname}?${query}` : pathname} />;
}

/**
 * Inkwell's TopLoader wired to Next's router: it finishes when the router's URL changes, which is when
 * the new page has rendered. (In a static export `useSearchParams` needs a Suspense boundary.)
 */
export function RouteLoader() {
  return (
    <Suspense fallback={null}>
      <RouterUrl />
    </Suspense>
  );
}
