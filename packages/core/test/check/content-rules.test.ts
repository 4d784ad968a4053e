import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPosts } from '../../src/check/check-posts.js';
import type { CheckFinding } from '../../src/check/rules.js';
import { png } from '../images/png.js';
import { postsFolder } from '../load/helpers.js';

const long =
  'A description that goes on and on about what the post says, far past the point where a search engine stops showing it under the result, so readers never see the end.';

const intro = `---
title: Intro
date: 2025-01-01
description: ${long}
coverImage: /covers/missing.png
series:
  name: Basics
  part: 1
---

# Intro

## Getting started

See [the next part](/posts/part-two/#setup) and [a typo](/posts/part-two/#setpu).
Links to [nowhere](/posts/no-such-post/) and [a file](./part-two.md) and [gone](./gone.md).
Jump [down](#getting-started) or [to nothing](#nothing-here), [up](#top).
[Listing](/posts/) and [elsewhere](https://example.com/posts/x/) are fine, [a note][note] too.

![](/img/there.png)

![A missing picture](/img/missing.png) ![Remote](https://example.com/a.png)

<img src="/img/there.png">
<img src="/img/there.png" alt="">

<!-- inkwell-disable-next-line missing-post -->
Silenced [link](/posts/silenced/), [and](/posts/this-too/).
![](/img/there.png) <!-- inkwell-disable-line image-alt --> but [not](/posts/loud/).

\`\`\`md
[in code](/posts/not-checked/)
\`\`\`

[note]: /posts/part-two/#no-such-heading
`;

const partTwo = `---
title: Part two
date: 2025-01-02
coverImage: /img/there.png
coverImageAlt: A grey square
series:
  name: basics
  part: 3
---

## Setup

Back to [the intro](../intro/#getting-started), [its cover](../intro/) and a [footnote][^1].

[^1]: A footnote.
`;

const other = `---
title: "  intro "
date: 2025-01-03
series: { name: Basics, part: 3 }
---

Text.
`;

const quiet = `---
title: Quiet
date: 2025-01-04
# inkwell-disable-next-line description-length
description: ${long}
---

<!-- inkwell-disable-next-line -->
![](/img/missing.png) and [a link](/posts/nothing/).
`;

async function fixture() {
  const root = await postsFolder({
    'posts/intro.md': intro,
    'posts/part-two.md': partTwo,
    'posts/other.md': other,
    'posts/quiet.md': quiet,
    'public/img/there.png': png(4, 4),
  });
  const cwd = process.cwd();
  process.chdir(root);
  try {
    return await checkPosts({ dir: 'posts', cache: false });
  } finally {
    process.chdir(cwd);
  }
}

const line = (f: CheckFinding) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${f.message}`;

describe('content rules', () => {
  it('the long description is longer than search engines show', () => {
    expect([...long].length).toBe(165);
  });

  it('reports every rule at the exact line and column, errors first, each sorted', async () => {
    const result = await fixture();
    expect(result.findings.map(line)).toEqual([
      'posts/intro.md:5:13  error  image-alt  the cover image has no alt text; add coverImageAlt: with what it shows',
      `posts/intro.md:5:13  error  missing-image  the image /covers/missing.png does not exist (looked for ${path.join('public', 'covers/missing.png')}); fix the path or add the file`,
      'posts/intro.md:15:49  error  missing-fragment  links to #setpu, but part-two.md has no heading or element with that id; did you mean #setup?',
      'posts/intro.md:16:10  error  missing-post  links to /posts/no-such-post/, which is no post; fix the link or write the post',
      'posts/intro.md:16:74  error  missing-post  links to ./gone.md, which is no post; fix the link or write the post',
      'posts/intro.md:17:34  error  missing-fragment  links to #nothing-here, but this post has no heading or element with that id',
      'posts/intro.md:18:76  error  missing-fragment  links to #no-such-heading, but part-two.md has no heading or element with that id',
      'posts/intro.md:20:1  error  image-alt  the image /img/there.png has no alt text; describe it in the brackets: ![what it shows](/img/there.png)',
      `posts/intro.md:22:1  error  missing-image  the image /img/missing.png does not exist (looked for ${path.join('public', 'img/missing.png')}); fix the path or add the file`,
      'posts/intro.md:24:1  error  image-alt  the image /img/there.png has no alt text; describe it in the brackets: ![what it shows](/img/there.png)',
      'posts/intro.md:29:65  error  missing-post  links to /posts/loud/, which is no post; fix the link or write the post',
      'posts/part-two.md:8:9  error  series-part-conflict  other.md is part 3 of "Basics" too; give each post its own part number',
      'posts/intro.md:4:14  warning  description-length  is 165 characters; search engines show about 160, so shorten it',
      'posts/other.md:2:8  warning  duplicate-title  "intro" is also the title of intro.md; give each post its own title',
      'posts/other.md:4:31  warning  series-missing-part  "Basics" has no part 2 (its parts are 1, 3); write the missing part or renumber',
    ]);
    expect(result).toMatchObject({ checked: 4, errors: 12, warnings: 3 });
  });

  it('takes severities and "off" from the project config, and its own URL scheme and folders', async () => {
    const root = await postsFolder({
      'blog/2025/a.md':
        '---\ntitle: A\ndate: 2025-01-01\n---\n\n[b](/articles/b) [c](/articles/c/) ![](pics/x.png)\n',
      'blog/b.md': '---\ntitle: A\ndate: 2025-01-02\n---\n\nText.\n',
      'blog/2025/pics/x.png': png(2, 2),
    });
    const result = await checkPosts({
      dir: path.join(root, 'blog'),
      cache: false,
      postUrl: (post) => `/articles/${post.slug}/`,
      rules: { 'image-alt': 'warning', 'duplicate-title': 'off' },
    });
    const shown = path.relative('.', path.join(root, 'blog/2025/a.md'));
    expect(result.findings.map(line)).toEqual([
      `${shown}:6:18  error  missing-post  links to /articles/c/, which is no post; fix the link or write the post`,
      `${shown}:6:36  warning  image-alt  the image pics/x.png has no alt text; describe it in the brackets: ![what it shows](pics/x.png)`,
    ]);
  });
});
