// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ShareButton } from './share-button.js';

describe('ShareButton on the server', () => {
  it('renders a closed button without reading the page address', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<ShareButton title="Hello" />);
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('>Share</span>');
    expect(html).not.toContain('linkedin');
  });
});
