#!/usr/bin/env node
/**
 * The `inkwell` command line. `inkwell check [dir]` validates every post the way `loadPosts` does, prints
 * every problem like a compiler (`content/posts/hello.md:3:7  date  …`) and a summary, and exits 1 when
 * there is any problem, so it fits in CI and pre-commit hooks.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareIssues, formatLocation, type PostIssue } from './errors/post-issue.js';
import { PostValidationError } from './errors/post-validation-error.js';
import { buildPosts } from './load/build-posts.js';
import type { LoadPostsOptions } from './load/load-posts-options.js';
import { terminalProgress } from './load/terminal-progress.js';
import { validateFiles } from './load/validate-files.js';

const USAGE = `Usage: inkwell check [dir] [--config <file>]

Validates every post under dir (default: content/posts): frontmatter, dates, slugs,
duplicates, and renders each post. Prints every problem and exits 1 if there is any.

Options:
  --config <file>  a JavaScript module whose default export (or named exports) holds
                   loadPosts options: schema, filter, markdown
  --no-color       never colour the output (also: NO_COLOR=1)
  -h, --help       show this help
  -v, --version    show the version`;

/** Exit codes: 0 all good, 1 problems found, 2 the command itself was used wrongly or failed. */
const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

interface Style {
  location(text: string): string;
  field(text: string): string;
  bad(text: string): string;
  good(text: string): string;
  dim(text: string): string;
}

function createStyle(enabled: boolean): Style {
  const paint = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    location: paint(36, 39),
    field: paint(33, 39),
    bad: paint(31, 39),
    good: paint(32, 39),
    dim: paint(2, 22),
  };
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
function wantsColor(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag === false || process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
}

const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** A mistake in how the command was called: printed without a stack trace, exit 2. */
class UsageError extends Error {}

async function loadConfig(
  file: string,
): Promise<Pick<LoadPostsOptions, 'schema' | 'filter' | 'markdownModule'>> {
  const { pathToFileURL } = await import('node:url');
  let module: Record<string, unknown>;
  try {
    module = await import(pathToFileURL(path.resolve(file)).href);
  } catch (error) {
    throw new UsageError(
      `cannot load the config ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const config = (module.default ?? module) as Record<string, unknown>;
  if (
    config.schema !== undefined &&
    typeof (config.schema as { safeParseAsync?: unknown }).safeParseAsync !== 'function'
  ) {
    throw new UsageError(`${file}: the schema export must be a zod schema, like postSchema.extend({ ... })`);
  }
  if (config.filter !== undefined && typeof config.filter !== 'function') {
    throw new UsageError(`${file}: the filter export must be a function ({ file, frontmatter }) => boolean`);
  }
  return {
    ...(config.schema !== undefined && { schema: config.schema as LoadPostsOptions['schema'] }),
    ...(typeof config.filter === 'function' && { filter: config.filter as LoadPostsOptions['filter'] }),
    // Workers import the config themselves, so markdown plugins render in parallel.
    ...(config.markdown !== undefined && { markdownModule: path.resolve(file) }),
  };
}

async function check(dir: string, configFile: string | undefined, style: Style): Promise<number> {
  const config = configFile ? await loadConfig(configFile) : {};
  // Paths are printed from the working directory so terminals and editors can open them.
  const shown = (file: string) => path.relative('.', path.resolve(dir, file)) || '.';
  const print = (issue: PostIssue) => {
    const location = style.location(formatLocation({ ...issue, file: shown(issue.file) }));
    const field = issue.path ? `${style.field(issue.path)}  ` : '';
    console.log(`${location}  ${field}${issue.message}`);
  };

  let validated: Awaited<ReturnType<typeof validateFiles>>;
  try {
    validated = await validateFiles({ dir, ...config });
  } catch (error) {
    if (!(error instanceof PostValidationError)) throw error;
    for (const issue of error.issues) print(issue);
    console.log(style.bad('0 posts checked'));
    return EXIT.problems;
  }

  const warnings: string[] = validated.warnings.map(
    (warning) =>
      `${formatLocation({ ...warning, file: shown(warning.file) })}  ${warning.path}  ${warning.message}`,
  );
  const progress = terminalProgress(process.stderr);
  // Rendered under their shown paths, so rendering warnings name files the same way.
  const posts = validated.valid.map((post) => ({ ...post, file: shown(post.file) }));
  const { failures } = await buildPosts(posts, {
    ...config,
    drafts: true,
    future: true,
    onProgress: progress.update,
    onWarning: (warning) => warnings.push(warning),
  });
  progress.clear();

  // Failures already carry shown paths; printed relative to the posts directory like the rest.
  const issues = [
    ...validated.issues,
    ...failures.map((failure) => ({ ...failure, file: path.relative(dir, failure.file) })),
  ].sort(compareIssues);
  for (const issue of issues) print(issue);
  for (const warning of warnings) console.log(`${style.dim('warning')}  ${warning}`);
  const problems = issues.length;
  const files = new Set(issues.map((issue) => issue.file)).size;
  const summary = `${count(validated.checked, 'post')}, ${count(problems, 'problem')}${problems ? ` in ${count(files, 'file')}` : ''}${warnings.length ? `, ${count(warnings.length, 'warning')}` : ''}`;
  console.log(problems ? style.bad(summary) : style.good(summary));
  return problems ? EXIT.problems : EXIT.ok;
}

const ARGUMENTS = {
  allowPositionals: true,
  options: {
    config: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  },
} as const;

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<typeof ARGUMENTS>>;
  try {
    parsed = parseArgs({ ...ARGUMENTS, args: argv });
  } catch (error) {
    console.error(`inkwell: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  if (values.version) {
    const { createRequire } = await import('node:module');
    const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
    console.log(version);
    return EXIT.ok;
  }
  const [command, dir = 'content/posts', ...extra] = positionals;
  if (command !== 'check' || extra.length > 0) {
    console.error(
      `${command ? `inkwell: unknown command "${[command, ...extra].join(' ')}"` : 'inkwell: no command given'}\n\n${USAGE}`,
    );
    return EXIT.usage;
  }
  const style = createStyle(wantsColor(process.stdout, values['no-color'] ? false : values.color));
  return check(dir, values.config, style);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A usage mistake gets its message; anything else is a bug in inkwell, so keep the stack for a report.
    const detail =
      error instanceof UsageError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    console.error(`inkwell: ${detail}`);
    process.exitCode = EXIT.usage;
  },
);
