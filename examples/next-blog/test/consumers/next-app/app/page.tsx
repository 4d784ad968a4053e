import type { Post } from '@inkwell/core';
import { ProgressBar } from '@inkwell/react';
import posts from '../generated/posts.json';

export default function Home() {
  const list = posts as Post[];
  return (
    <main>
      <ProgressBar />
      {list.map((post) => (
        <article key={post.slug}>
          <h1>{post.title}</h1>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: trusted build-time HTML, as in a user's app */}
          <div dangerouslySetInnerHTML={{ __html: post.html }} />
        </article>
      ))}
    </main>
  );
}
