'use client';

import { type CopyButtonsOptions, useCopyButtons } from './use-copy-buttons.js';

/** Props of `<CopyButtons />`. */
export type CopyButtonsProps = CopyButtonsOptions;

/**
 * Renders nothing; wires every code block's copy button on the page (see `useCopyButtons`). Drop it
 * once into a layout — it works from a server component, since it is a client component itself.
 *
 * @example
 * ```tsx
 * import { CopyButtons } from '@inkwell/react';
 * export default function PostPage({ post }) {
 *   return (
 *     <>
 *       <article className="inkwell-prose" dangerouslySetInnerHTML={{ __html: post.html }} />
 *       <CopyButtons />
 *     </>
 *   );
 * }
 * ```
 */
export function CopyButtons(props: CopyButtonsProps): null {
  useCopyButtons(props);
  return null;
}
