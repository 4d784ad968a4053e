export type { BasePost, Heading, Post, PostAudio, ReadingTime, RenderedContent } from './post.js';
