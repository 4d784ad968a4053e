import { describe, expect, it } from 'vitest';
import { diagramTitle } from '../../src/render/mermaid-figure.js';

describe('diagramTitle', () => {
  it.each([
    ['flowchart LR\n  accTitle: From file to page\n  A-->B', 'From file to page'],
    ['---\ntitle: "Build steps"\n---\nflowchart LR\n  A-->B', 'Build steps'],
    ['pie title Cold build time by step\n  "Draw" : 3', 'Cold build time by step'],
    ['pie showData title Shares\n  "a" : 1', 'Shares'],
    ['gantt\n  title Release plan\n  section A\n  Task :a1, 2026-01-01, 3d', 'Release plan'],
  ])('finds the title the source gives: %j', (source, title) => {
    expect(diagramTitle(source)).toBe(title);
  });

  it('gives none when the source names nothing (the figure then falls back to the diagram type)', () => {
    expect(diagramTitle('sequenceDiagram\n  A->>B: hi')).toBeUndefined();
    expect(diagramTitle('flowchart LR\n  A[title page] --> B')).toBeUndefined();
  });
});
