// The naive baseline of bench/build-speed.mjs: one unified processor, every file in turn, every
// feature as a plain plugin (full raw-HTML reparse, one tree walk per feature), the same themes and
// sanitize schema as Inkwell.
/** The naive pipeline: one unified processor, every file in turn, every feature as a plain plugin. */
export async function naivePipeline(jobs) {
  const [
    { unified },
    { default: remarkParse },
    { default: remarkGfm },
    { default: remarkRehype },
    { raw },
    { default: rehypeSanitize },
    { default: rehypePrettyCode },
    { default: rehypeStringify },
    { default: GithubSlugger },
    { toString: hastToString },
    { toString: mdastToString },
    { visit },
    { default: readingTime },
    { defaultSanitizeSchema, defaultThemes },
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
    import('remark-rehype'),
    import('hast-util-raw'),
    import('rehype-sanitize'),
    import('rehype-pretty-code'),
    import('rehype-stringify'),
    import('github-slugger'),
    import('hast-util-to-string'),
    import('mdast-util-to-string'),
    import('unist-util-visit'),
    import('reading-time'),
    import('../dist/index.js'),
  ]);
  const summary = () => (tree, file) => {
    const first = tree.children.find((node) => node.type === 'paragraph');
    file.data.excerpt = first ? mdastToString(first).slice(0, 200) : '';
    file.data.readingTime = readingTime(mdastToString(tree));
  };
  const headings = () => (tree, file) => {
    const slugger = new GithubSlugger();
    file.data.headings = [];
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      const text = hastToString(node);
      node.properties.id = slugger.slug(text);
      file.data.headings.push({ depth: Number(node.tagName[1]), id: node.properties.id, text });
      node.children = [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${node.properties.id}` },
          children: node.children,
        },
      ];
    });
  };
  const linksAndImages = () => (tree) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a' && /^https?:/.test(String(node.properties.href)))
        node.properties.rel = ['noopener', 'noreferrer'];
      if (node.tagName === 'img') Object.assign(node.properties, { loading: 'lazy', decoding: 'async' });
    });
  };
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(summary)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(() => (tree, file) => raw(tree, { file }))
    .use(rehypeSanitize, defaultSanitizeSchema)
    .use(rehypePrettyCode, {
      theme: { ...defaultThemes },
      keepBackground: true,
      defaultLang: { block: 'plaintext' },
    })
    .use(headings)
    .use(linksAndImages)
    .use(rehypeStringify)
    .freeze();
  const results = [];
  for (const job of jobs) {
    const file = await processor.process({ value: job.markdown, path: job.file });
    results.push({
      html: String(file),
      headings: file.data.headings,
      excerpt: file.data.excerpt,
      readingTime: file.data.readingTime,
    });
  }
  return results;
}
