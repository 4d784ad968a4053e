export { type CheckPostsOptions, type CheckResult, checkPosts } from './check/check-posts.js';
export {
  type CheckFinding,
  type ContentRule,
  contentRules,
  type RuleId,
  type RuleSetting,
  type Severity,
} from './check/rules.js';
export { formatIssue, type PostIssue } from './errors/post-issue.js';
export { PostValidationError } from './errors/post-validation-error.js';
export { createFeed } from './feed/create-feed.js';
export type { CreateFeedOptions, FeedFormat } from './feed/feed-data.js';
export { type ImageDimensions, readImageDimensions } from './images/image-size.js';
export { createLlmsFullTxt, createLlmsTxt, type LlmsTxtOptions } from './llms/llms-txt.js';
export { type PostMarkdownOptions, postMarkdown } from './llms/post-markdown.js';
export { loadPosts } from './load/load-posts.js';
export type { LoadPostsOptions, PostCandidate } from './load/load-posts-options.js';
export { type ParsePostOptions, parsePost } from './load/parse-post.js';
export { type ProgressStream, type TerminalProgress, terminalProgress } from './load/terminal-progress.js';
export { type HeadTag, headTagsToHtml, metadataToHeadTags, postMetaTags } from './metadata/meta-tags.js';
export { type MetadataImage, type PostMetadata, postMetadata } from './metadata/post-metadata.js';
export type { BasePost, Heading, Post, PostAudio, ReadingTime, RenderedContent } from './post.js';
export type { CodeTheme, MarkdownOptions } from './render/options.js';
export { defaultThemes } from './render/options.js';
export { type RenderedMarkdown, renderMarkdown } from './render/render-markdown.js';
export { type RenderJob, type RenderPostsOptions, renderPosts } from './render/render-posts.js';
export { defaultSanitizeSchema } from './render/sanitize-schema.js';
export { type PostFrontmatter, postSchema } from './schema/post-schema.js';
export type { PostOf, PostSchema, RequiredPostFields } from './schema/post-schema-type.js';
export { copyButtonContract } from './shared/copy-button-contract.js';
export { type PostHrefOptions, postHref } from './shared/post-href.js';
export { postUrl, type Site, type SiteAuthor, sitePageUrl } from './shared/site.js';
export { tagSlug } from './shared/slug.js';
export { type CreateSitemapOptions, createSitemap, type SitemapPage } from './sitemap/create-sitemap.js';
export { type AdjacentPosts, type AdjacentPostsOptions, adjacentPosts } from './taxonomy/adjacent-posts.js';
export { type RelatedPostsOptions, relatedPosts } from './taxonomy/related-posts.js';
export { getSeries, postSeries, type Series, type SeriesPosition } from './taxonomy/series.js';
export { getTags, postsWithTag, type Tag } from './taxonomy/tags.js';
