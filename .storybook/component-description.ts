/**
 * The docs page's description of a component: its TSDoc text followed by its `@example` blocks as
 * highlighted code. react-docgen-typescript keeps tags apart from the text (`__docgenInfo.tags`), so
 * without this the examples would not appear at all; an example written without a fence is fenced
 * here as TSX rather than shown as stripped text.
 */
interface DocgenInfo {
  description?: string;
  tags?: Record<string, string | undefined>;
}

const fence = (example: string) =>
  example.trimStart().startsWith('```') ? example : `\`\`\`tsx\n${example}\n\`\`\``;

/** For `parameters.docs.extractComponentDescription`. */
export function describeComponent(component: unknown): string | null {
  const info = (component as { __docgenInfo?: DocgenInfo } | undefined)?.__docgenInfo;
  if (!info) return null;
  const text = info.description?.trim() ?? '';
  const example = info.tags?.example?.trim();
  if (!example) return text || null;
  return `${text}\n\n#### Example\n\n${fence(example)}`.trim();
}
