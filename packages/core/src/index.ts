export type { BasePost, Heading, Post, PostAudio, ReadingTime, RenderedContent } from './post.js';
export type { CodeTheme, MarkdownOptions } from './render/options.js';
export { defaultThemes } from './render/options.js';
export { type RenderedMarkdown, renderMarkdown } from './render/render-markdown.js';
export { type RenderJob, type RenderPostsOptions, renderPosts } from './render/render-posts.js';
export { defaultSanitizeSchema } from './render/sanitize-schema.js';
