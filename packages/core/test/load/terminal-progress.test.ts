import { describe, expect, it } from 'vitest';
import { progressLine, terminalProgress } from '../../src/load/terminal-progress.js';

describe('terminalProgress', () => {
  it('writes done/total, rate and ETA on a terminal, redrawing at most every 100 ms', () => {
    const written: string[] = [];
    let now = 0;
    const progress = terminalProgress({ isTTY: true, write: (text) => written.push(text) }, () => now);
    progress.update(1, 100);
    now = 50;
    progress.update(2, 100); // too soon: not drawn
    now = 1000;
    progress.update(41, 100);
    progress.clear();
    expect(written).toEqual([
      '\r\u001b[KRendering posts 1/100',
      '\r\u001b[KRendering posts 41/100  40/s  ETA 2s',
      '\r\u001b[K',
    ]);
  });

  it('is quiet when the stream is not a terminal', () => {
    const written: string[] = [];
    const progress = terminalProgress({ isTTY: false, write: (text) => written.push(text) });
    progress.update(5, 10);
    progress.clear();
    expect(written).toEqual([]);
  });

  it('formats long ETAs in minutes and drops the ETA when done', () => {
    expect(progressLine(100, 10_000, 100, 10)).toBe('Rendering posts 100/10,000  10/s  ETA 16m30s');
    expect(progressLine(10, 10, 10, 1)).toBe('Rendering posts 10/10  10/s');
  });
});
