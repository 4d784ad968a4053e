import type { ArgTypesEnhancer } from 'storybook/internal/types';

/**
 * Inkwell's TSDoc states each optional prop's default in its text ("Default 2000.", "Default: the
 * whole document."), which react-docgen-typescript does not read as a default (it reads `@default`
 * tags and destructuring defaults). This fills the props table's Default column from that sentence
 * where docgen found none, so the default is written once, in the component's TSDoc.
 */
const DEFAULT_SENTENCE = /(?:^|[.;]\s+|\(\s*)Defaults?(?: to)?:?\s+(.+?)(?:\.(?:\s|$)|\)?$)/i;

/** The default a prop's description states, or `undefined`. */
export function defaultFromDescription(description: string | undefined): string | undefined {
  // Docgen keeps the comment's line breaks; a sentence wrapped over two lines is still one sentence.
  const match = description?.replace(/\s+/g, ' ').match(DEFAULT_SENTENCE);
  return match?.[1]?.replace(/`/g, '').trim() || undefined;
}

/** For `argTypesEnhancers` in the preview. */
export const defaultsFromDescriptions: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (argType.table?.defaultValue?.summary) return [name, argType];
      const summary = defaultFromDescription(argType.description);
      if (!summary) return [name, argType];
      return [name, { ...argType, table: { ...argType.table, defaultValue: { summary } } }];
    }),
  );
