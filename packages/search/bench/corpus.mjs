// Loads the Node.js blog corpus as `Post[]` for the relevance benchmark.
//
// The bench measures what users get, so it goes through `@inkwell/core`'s `loadPosts` (with a
// schema mapping the blog's `category` to `tags`) whenever the built core exports it. Until then
// it falls back to a minimal loader (gray-matter + remark/rehype from core's own dependencies)
// and says so, so a number never silently comes from the wrong pipeline.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');

/**
 * The blogs the bench runs on: the Node.js blog (`INKWELL_CORPUS` overrides its folder) and the Go
 * blog (`INKWELL_GO_CORPUS`), both beside the repository in `../shared/corpus` by default.
 */
export const corpora = [
  {
    name: 'Node.js blog',
    key: 'nodejs',
    dir: process.env.INKWELL_CORPUS ?? path.resolve(repoRoot, '../shared/corpus/nodejs-blog'),
  },
  {
    name: 'Go blog',
    key: 'go',
    dir: process.env.INKWELL_GO_CORPUS ?? path.resolve(repoRoot, '../shared/corpus/go-blog'),
  },
];

/**
 * @returns {Promise<{ posts: import('@inkwell/core').Post[], loader: string }>}
 */
export async function loadCorpus({ dir: corpusDir, key }) {
  if (!existsSync(corpusDir)) {
    throw new Error(`Corpus not found at ${corpusDir}: set INKWELL_CORPUS / INKWELL_GO_CORPUS.`);
  }
  // For quick iterations on the engine: a JSON dump of posts loaded earlier (`<dir>/<key>.json`).
  if (process.env.INKWELL_BENCH_POSTS_JSON) {
    const file = path.join(process.env.INKWELL_BENCH_POSTS_JSON, `${key}.json`);
    if (existsSync(file))
      return { posts: JSON.parse(readFileSync(file, 'utf8')), loader: `cached JSON (${file})` };
  }
  const core = await import('@inkwell/core').catch(() => ({}));
  if (typeof core.loadPosts === 'function' && process.env.INKWELL_BENCH_LOADER !== 'fallback') {
    const posts = await loadWithCore(core, corpusDir);
    if (process.env.INKWELL_BENCH_POSTS_JSON) {
      mkdirSync(process.env.INKWELL_BENCH_POSTS_JSON, { recursive: true });
      writeFileSync(path.join(process.env.INKWELL_BENCH_POSTS_JSON, `${key}.json`), JSON.stringify(posts));
    }
    return { posts, loader: '@inkwell/core loadPosts' };
  }
  return {
    posts: await loadWithFallback(corpusDir),
    loader: 'fallback (gray-matter + remark/rehype; core loadPosts not built yet)',
  };
}

async function loadWithCore(core, corpusDir) {
  const coreRequire = createRequire(path.join(repoRoot, 'packages/core/package.json'));
  const { z } = await import(pathToFileURL(coreRequire.resolve('zod')).href);
  // The Node.js blog files a post under one `category` and has no `tags`; the Go blog has `tags`
  // on about half its posts and a `summary` that serves as the description.
  const schema = z
    .object({
      title: z.string(),
      date: z.coerce.date(),
      category: z.string().optional(),
      tags: z.array(z.string()).optional(),
      summary: z.string().optional(),
      slug: z.string().optional(),
      author: z.string().optional(),
    })
    .passthrough()
    .transform(({ category, tags, summary, ...fm }) => ({
      ...fm,
      ...(summary ? { description: summary } : {}),
      tags: tags ?? (category ? [category] : []),
    }));
  return core.loadPosts({ dir: corpusDir, schema, onInvalid: 'skip', drafts: true, future: true });
}

function listMarkdown(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listMarkdown(full));
    else if (name.endsWith('.md')) out.push(full);
  }
  return out.sort();
}

async function loadWithFallback(corpusDir) {
  const coreRequire = createRequire(path.join(repoRoot, 'packages/core/package.json'));
  const load = async (name) => import(pathToFileURL(coreRequire.resolve(name)).href);
  const matter = (await load('gray-matter')).default;
  const { unified } = await load('unified');
  const remarkParse = (await load('remark-parse')).default;
  const remarkGfm = (await load('remark-gfm')).default;
  const remarkRehype = (await load('remark-rehype')).default;
  const rehypeStringify = (await load('rehype-stringify')).default;
  const GithubSlugger = (await load('github-slugger')).default;
  const { toString: hastToString } = await load('hast-util-to-string');

  const posts = [];
  for (const file of listMarkdown(corpusDir)) {
    const { data, content } = matter(readFileSync(file, 'utf8'));
    if (!data.title || !data.date) continue;
    const slugger = new GithubSlugger();
    const headings = [];
    const addIds = () => (tree) => {
      const walk = (node) => {
        if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
          const text = hastToString(node);
          const id = slugger.slug(text);
          node.properties.id = id;
          headings.push({ depth: Number(node.tagName[1]), id, text });
        }
        for (const child of node.children ?? []) walk(child);
      };
      walk(tree);
    };
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkRehype)
        .use(addIds)
        .use(rehypeStringify)
        .process(content),
    );
    const slug = data.slug ?? path.basename(file, '.md');
    posts.push({
      slug,
      title: String(data.title),
      date: new Date(data.date).toISOString(),
      tags: data.category ? [String(data.category)] : [],
      draft: false,
      html,
      headings,
      excerpt: '',
      readingTime: { minutes: 1, words: 0, text: '1 min read' },
      file: path.relative(corpusDir, file),
    });
  }
  posts.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.slug < b.slug ? -1 : 1));
  return posts;
}
