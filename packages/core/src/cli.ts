#!/usr/bin/env node
/**
 * The `inkwell` command line. `inkwell check [dir]` validates every post the way `loadPosts` does, runs
 * the content rules of `checkPosts` (links, images, series, titles, descriptions), prints every finding
 * like a compiler (`content/posts/hello.md:3:7  date  …`) and a summary, and exits 1 when there is any
 * error (warnings alone exit 0), so it fits in CI and pre-commit hooks. `--format json` prints the
 * findings as JSON for other tools.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CheckPostsOptions, type CheckResult, checkPosts, issueFinding } from './check/check-posts.js';
import { PostUrlError } from './check/post-links.js';
import { allRules, type CheckFinding } from './check/rules.js';
import { formatLocation } from './errors/post-issue.js';
import { PostValidationError } from './errors/post-validation-error.js';
import { terminalProgress } from './load/terminal-progress.js';

const USAGE = `Usage: inkwell check [dir] [--config <file>] [--format text|json]

Validates every post under dir (default: content/posts): frontmatter, dates, slugs,
duplicates, and renders each post. Then checks the content: links to posts and
headings that do not exist, missing images and alt text, series parts, duplicate
titles, descriptions longer than search engines show. Prints every finding and
exits 1 if there is any error (warnings alone exit 0).

Options:
  --config <file>  a JavaScript module whose default export (or named exports) holds
                   loadPosts options (schema, filter, markdown) and check options:
                   export const check = { rules: { 'duplicate-title': 'off' }, postUrl, publicDir }
  --public <dir>   the folder root image paths (/covers/a.png) are served from (default: public)
  --format <name>  text (default) or json
  --no-color       never colour the output (also: NO_COLOR=1)
  -h, --help       show this help
  -v, --version    show the version

Silence a rule on one line with a comment in the post:
  <!-- inkwell-disable-next-line missing-post -->   (or # inkwell-disable-next-line in YAML)`;

/** Exit codes: 0 no errors, 1 errors found, 2 the command itself was used wrongly or failed. */
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

type ConfigOptions = Omit<CheckPostsOptions, 'dir'>;

async function loadConfig(file: string): Promise<ConfigOptions> {
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
    ...(config.schema !== undefined && { schema: config.schema as CheckPostsOptions['schema'] }),
    ...(typeof config.filter === 'function' && { filter: config.filter as CheckPostsOptions['filter'] }),
    // Workers import the config themselves, so markdown plugins render in parallel.
    ...(config.markdown !== undefined && { markdownModule: path.resolve(file) }),
    ...checkConfig(file, config.check),
  };
}

/** The `check` export of a config: rule settings and how the site lays out posts and images. */
function checkConfig(file: string, check: unknown): ConfigOptions {
  if (check === undefined) return {};
  if (typeof check !== 'object' || check === null) {
    throw new UsageError(
      `${file}: the check export must be an object, like { rules: { 'image-alt': 'warning' } }`,
    );
  }
  const { rules, postUrl, publicDir, descriptionLength } = check as Record<string, unknown>;
  for (const [rule, setting] of Object.entries((rules ?? {}) as Record<string, unknown>)) {
    if (!(allRules as readonly string[]).includes(rule)) {
      throw new UsageError(
        `${file}: check.rules names no rule "${rule}"; the rules are ${allRules.join(', ')}`,
      );
    }
    if (setting !== 'error' && setting !== 'warning' && setting !== 'off') {
      throw new UsageError(`${file}: check.rules["${rule}"] must be "error", "warning" or "off"`);
    }
  }
  if (postUrl !== undefined && typeof postUrl !== 'function') {
    throw new UsageError(`${file}: check.postUrl must be a function (post) => '/posts/<slug>/'`);
  }
  return {
    ...(rules !== undefined && { rules: rules as CheckPostsOptions['rules'] }),
    ...(typeof postUrl === 'function' && { postUrl: postUrl as CheckPostsOptions['postUrl'] }),
    ...(typeof publicDir === 'string' && { publicDir }),
    ...(typeof descriptionLength === 'number' && { descriptionLength }),
  };
}

/** One finding as a line: `file:line:column  rule  message` (the field, for an invalid post's frontmatter). */
function formatFinding(finding: CheckFinding, style: Style): string {
  const location = finding.file ? `${style.location(formatLocation(finding))}  ` : '';
  // Frontmatter problems name their field, as `loadPosts` errors do; rendering messages stand alone.
  const label = loadLabels[finding.rule as keyof typeof loadLabels] ?? (() => finding.rule);
  const shown = label(finding);
  const line = `${location}${shown ? `${style.field(shown)}  ` : ''}${finding.message}`;
  return finding.severity === 'warning' ? `${style.dim('warning')}  ${line}` : line;
}

const loadLabels = {
  'invalid-post': (finding: CheckFinding) => finding.field,
  'unknown-field': (finding: CheckFinding) => finding.field,
  'render-failure': () => undefined,
  'render-warning': () => undefined,
};

function summary(result: CheckResult): string {
  const files = new Set(
    result.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.file),
  ).size;
  const problems = result.errors;
  return `${count(result.checked, 'post')}, ${count(problems, 'problem')}${problems ? ` in ${count(files, 'file')}` : ''}${result.warnings ? `, ${count(result.warnings, 'warning')}` : ''}`;
}

async function check(
  dir: string,
  options: ConfigOptions,
  format: 'text' | 'json',
  style: Style,
): Promise<number> {
  const progress = terminalProgress(process.stderr);
  let result: CheckResult;
  try {
    result = await checkPosts({ dir, ...options, onProgress: progress.update });
  } catch (error) {
    // The config's own postUrl failed: the user's code, not inkwell's.
    if (error instanceof PostUrlError) throw new UsageError(error.message);
    if (!(error instanceof PostValidationError)) throw error;
    const findings = error.issues.map((issue) =>
      issueFinding(issue, 'invalid-post', (file) => path.relative('.', file) || '.'),
    );
    if (format === 'json')
      console.log(JSON.stringify({ checked: 0, errors: findings.length, warnings: 0, findings }, null, 2));
    else {
      for (const finding of findings) console.log(formatFinding(finding, style));
      console.log(style.bad('0 posts checked'));
    }
    return EXIT.problems;
  } finally {
    progress.clear();
  }
  if (format === 'json') {
    const { checked, errors, warnings, findings } = result;
    console.log(JSON.stringify({ checked, errors, warnings, findings }, null, 2));
  } else {
    for (const finding of result.findings) console.log(formatFinding(finding, style));
    console.log(result.errors ? style.bad(summary(result)) : style.good(summary(result)));
  }
  return result.errors ? EXIT.problems : EXIT.ok;
}

const ARGUMENTS = {
  allowPositionals: true,
  options: {
    config: { type: 'string' },
    public: { type: 'string' },
    format: { type: 'string' },
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
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    console.error(`inkwell: --format must be text or json, got "${format}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  const style = createStyle(wantsColor(process.stdout, values['no-color'] ? false : values.color));
  const options = values.config ? await loadConfig(values.config) : {};
  if (values.public !== undefined) options.publicDir = values.public;
  return check(dir, options, format, style);
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
