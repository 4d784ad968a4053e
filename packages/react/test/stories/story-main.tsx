import { createContext, type HTMLAttributes, useContext } from 'react';

/**
 * Whether the story renders inline on a docs page, next to other stories in one document. Provided
 * by the preview's decorator (`.storybook/preview.tsx`).
 */
export const InlineDocsContext = createContext(false);

/** Whether the story renders inline on a docs page (several stories share the document). */
export const useInlineDocs = () => useContext(InlineDocsContext);

/**
 * The page's `<main>` around a story: a story alone in its frame is a page and gets a main landmark,
 * while stories shown inline on a docs page render a `<div>`, so the page does not end up with one
 * `<main>` per story (axe: landmark-no-duplicate-main).
 */
export function StoryMain(props: HTMLAttributes<HTMLElement>) {
  return useInlineDocs() ? <div {...props} /> : <main {...props} />;
}
