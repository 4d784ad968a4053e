export type { BuildSearchIndexOptions, IndexablePost } from './build.js';
export { buildSearchIndex, defaultPostHref } from './build.js';
export * from './query.js';
export type { SectionHeading } from './sections.js';
