import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longFunctions } from './function-size.js';

const packagesDir = join(import.meta.dirname, '../../..');

describe('no function body over 80 lines', () => {
  it.each(['core', 'search', 'react'])('packages/%s/src', (name) => {
    // A failure names each function and its length: split it into named steps.
    expect(longFunctions(join(packagesDir, name, 'src'), 80)).toEqual([]);
  });

  it('finds a long function, method or arrow function, and ignores short ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkwell-function-size-'));
    mkdirSync(join(dir, 'a'));
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  call(${i});`).join('\n');
    writeFileSync(
      join(dir, 'a', 'long.ts'),
      `export function long() {\n${body(81)}\n}\nclass C {\n  method() {\n${body(81)}\n  }\n}\nconst arrow = () => {\n${body(81)}\n};\nfunction short() {\n${body(80)}\n}\n`,
    );
    writeFileSync(join(dir, 'a', 'long.test.ts'), `it('x', () => {\n${body(200)}\n});\n`);
    expect(longFunctions(dir, 80)).toEqual([
      { where: 'a/long.ts:1 long', lines: 81 },
      { where: 'a/long.ts:85 method', lines: 81 },
      { where: 'a/long.ts:169 arrow', lines: 81 },
    ]);
  });
});
