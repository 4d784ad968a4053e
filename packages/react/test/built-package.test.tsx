// @vitest-environment node
// Checks the BUILT package (dist/, what npm users get): directives survive the build, and the
// components render on the server.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../dist');
const src = join(import.meta.dirname, '../src');

function files(dir: string, suffix: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => suffix.test(file));
}

describe('@inkwell/react as built', () => {
  it('keeps "use client" as the first line of every client module', () => {
    const clientSources = files(src, /\.tsx?$/).filter(
      (file) =>
        !/\.(test|stories)\.tsx?$/.test(file) &&
        /^['"]use client['"]/.test(readFileSync(join(src, file), 'utf8')),
    );
    expect(clientSources.length).toBeGreaterThan(5);
    for (const file of clientSources) {
      const built = readFileSync(join(dist, file.replace(/\.tsx?$/, '.js')), 'utf8');
      expect(built.split('\n')[0], file).toBe('"use client";');
    }
  });

  it('keeps the theme script importable from a server component (no directive)', async () => {
    const { themeScript } = await import('../dist/index.js');
    expect(typeof themeScript).toBe('string');
    expect(themeScript).toContain('data');
  });

  it('renders components on the server', async () => {
    const { ProgressBar } = await import('../dist/index.js');
    expect(renderToString(createElement(ProgressBar))).toContain('inkwell');
  });

  it('ships one stylesheet with the design tokens inlined', () => {
    const css = readFileSync(join(dist, 'styles.css'), 'utf8');
    expect(css).not.toMatch(/@import/);
    expect(css).toContain('--inkwell-bg');
  });
});
