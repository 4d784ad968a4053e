// "npm install into an existing site": pack the three packages, install the tarballs into a fresh
// Next.js app and a fresh Vite React app outside the workspace (no links), and build both.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const templates = join(import.meta.dirname, 'consumers');
const work = mkdtempSync(join(tmpdir(), 'inkwell-consumers-'));
const tarballs: Record<string, string> = {};

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}\n${failure.stdout ?? ''}${failure.stderr ?? ''}`,
    );
  }
}

/** The version the workspace itself uses, so consumers build with what we test against. */
function versionOf(name: string): string {
  for (const dir of ['examples/next-blog', '.']) {
    const manifest = join(repo, dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).version as string;
  }
  throw new Error(`${name} is not installed in the workspace`);
}

/** Copies a template app and points its @inkwell dependencies at the packed tarballs. */
function createApp(template: string, dependencies: Record<string, string>, scripts: Record<string, string>) {
  const dir = join(work, template);
  cpSync(join(templates, template), dir, { recursive: true });
  const inkwell = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: template,
      private: true,
      type: 'module',
      scripts,
      dependencies: { ...inkwell, ...dependencies },
    }),
  );
  // @inkwell/react depends on @inkwell/search by version: resolve it to the tarball, not a registry.
  writeFileSync(
    join(dir, 'pnpm-workspace.yaml'),
    `overrides:\n${Object.entries(inkwell)
      .map(([name, spec]) => `  "${name}": "${spec}"`)
      .join('\n')}\nallowBuilds:\n  esbuild: true\n  sharp: false\n`,
  );
  run('pnpm', ['install', '--no-frozen-lockfile', '--prefer-offline'], dir);
  return dir;
}

beforeAll(() => {
  for (const name of ['core', 'search', 'react']) {
    const before = new Set(readdirSync(work));
    run('pnpm', ['pack', '--pack-destination', work], join(repo, 'packages', name));
    const file = readdirSync(work).find((entry) => !before.has(entry));
    if (!file) throw new Error(`pnpm pack produced no tarball for ${name}`);
    tarballs[`@inkwell/${name}`] = join(work, file);
  }
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('installed from tarballs', () => {
  it('builds a fresh Next.js app that loads posts in a build script and renders the components', () => {
    const dir = createApp(
      'next-app',
      {
        next: versionOf('next'),
        react: versionOf('react'),
        'react-dom': versionOf('react-dom'),
        typescript: versionOf('typescript'),
        '@types/react': versionOf('@types/react'),
        '@types/react-dom': versionOf('@types/react-dom'),
        '@types/node': versionOf('@types/node'),
      },
      { build: 'node build-content.mjs && next build' },
    );
    const output = run('pnpm', ['run', 'build'], dir);
    expect(output).toContain('wrote 1 posts');
    const html = readFileSync(join(dir, 'out/index.html'), 'utf8');
    expect(html).toContain('Hello from a tarball');
    // Highlighted by shiki at build time, in the user's own build.
    expect(html).toContain('--shiki-dark');
    expect(existsSync(join(dir, 'out/search-index.json'))).toBe(true);
    expect(readFileSync(join(dir, 'out/rss.xml'), 'utf8')).toContain('<rss');
  }, 300_000);

  it('builds a fresh Vite React app with the components and the stylesheet', () => {
    const dir = createApp(
      'vite-app',
      {
        vite: versionOf('vite'),
        '@vitejs/plugin-react': versionOf('@vitejs/plugin-react'),
        react: versionOf('react'),
        'react-dom': versionOf('react-dom'),
      },
      { build: 'vite build' },
    );
    run('pnpm', ['run', 'build'], dir);
    const assets = readdirSync(join(dir, 'dist/assets'));
    const css = assets
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(join(dir, 'dist/assets', file), 'utf8'));
    expect(css.join('')).toContain('--inkwell-');
    const js = assets
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(dir, 'dist/assets', file), 'utf8'));
    expect(js.join('')).toContain('Vite consumer');
  }, 300_000);
});
