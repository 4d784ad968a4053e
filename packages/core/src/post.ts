/** One entry of a post's table of contents. */
export interface Heading {
  /** Heading level, 1–6. */
  depth: number;
  /** GitHub-style unique id, also the anchor (`#id`) on the rendered page. */
  id: string;
  /** Plain text of the heading. */
  text: string;
}

/** How long a post takes to read, from the `reading-time` package, on prose only. */
export interface ReadingTime {
  /** Whole minutes, rounded up, at least 1. */
  minutes: number;
  /** Words counted. */
  words: number;
  /** Human text, e.g. `"4 min read"`. */
  text: string;
}

/** A narrated version of a post. */
export interface PostAudio {
  src: string;
  title?: string;
  /** Duration in seconds, shown before the audio's metadata has loaded. */
  duration?: number;
  mimeType?: string;
}

/**
 * What the markdown of a post renders to. Computed in one parse of the body, so it can run in a
 * worker and be cached by content.
 */
export interface RenderedContent {
  /** Sanitized HTML of the body. */
  html: string;
  headings: Heading[];
  /** Plain text: the text before `<!-- more -->`, or the first paragraph(s) cut near 200 characters. */
  excerpt: string;
  readingTime: ReadingTime;
}

/**
 * The fields every post has after loading, whatever the schema. A schema may add fields; the
 * `Post<T>` type then carries them too.
 */
export interface BasePost extends RenderedContent {
  slug: string;
  title: string;
  description?: string;
  /** ISO 8601 string (UTC). */
  date: string;
  /** ISO 8601 string (UTC). */
  updated?: string;
  tags: string[];
  draft: boolean;
  coverImage?: string;
  coverImageAlt?: string;
  audio?: PostAudio;
  series?: string | { name: string; part?: number };
  /** Path of the source file relative to the posts directory, with forward slashes. */
  file: string;
}

/**
 * A loaded post: plain JSON, safe to pass from a server component to a client component.
 *
 * `Extra` is the output type of a custom schema; its fields are merged in.
 */
export type Post<Extra extends object = object> = Omit<Extra, keyof BasePost> & BasePost;
