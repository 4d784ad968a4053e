export type { BuildSearchIndexOptions, IndexablePost } from './build.js';
export { buildSearchIndex } from './build.js';
export * from './query.js';
export type { SectionHeading } from './sections.js';
