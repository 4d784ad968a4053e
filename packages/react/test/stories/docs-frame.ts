/**
 * Whether this story renders in its own frame on a docs page (`docs.story.inline: false`), beside
 * other stories' frames. There the frame is small and not focused, so play functions skip what needs
 * the window's size, focus or scrolling; the story test run (`pnpm test:stories`) and the story's
 * own page still check it all.
 */
export function inDocsFrame(): boolean {
  try {
    const frame = window.frameElement;
    return Boolean(frame?.ownerDocument.querySelector('#storybook-docs')?.contains(frame));
  } catch {
    return false; // a cross-origin parent: not Storybook's docs page
  }
}
