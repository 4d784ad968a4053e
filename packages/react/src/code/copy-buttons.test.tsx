import { act, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeText } from './code-text.js';
import { CopyButtons } from './copy-buttons.js';

/** The markup @inkwell/core emits for a two-line block with an empty line between. */
const block = `<figure data-rehype-pretty-code-figure=""><pre tabindex="0" data-language="sh"><code data-language="sh" style="display: grid;"><span data-line=""><span style="--shiki-light:#6F42C1">npm</span><span> install</span></span>
<span data-line=""> </span>
<span data-line=""><span>npm test</span></span></code></pre><button type="button" class="inkwell-copy" data-inkwell-copy="" aria-label="Copy code">Copy</button></figure>`;

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, writable: true, value: { writeText } });
}

const execCommand = document.execCommand;
afterEach(() => {
  document.execCommand = execCommand;
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'clipboard');
  document.body.innerHTML = '';
});

function renderPost() {
  return render(
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: markup as @inkwell/core emits it, as on a real post page. */}
      <article dangerouslySetInnerHTML={{ __html: block }} />
      <CopyButtons resetAfter={1000} />
    </>,
  );
}

describe('CopyButtons', () => {
  it('copies the code as written and says so', async () => {
    const writeText = vi.fn(async () => {});
    stubClipboard(writeText);
    renderPost();
    const button = screen.getByRole('button', { name: 'Copy code' });
    await act(async () => fireEvent.click(button));
    expect(writeText).toHaveBeenCalledWith('npm install\n\nnpm test');
    expect(button).toHaveAttribute('data-state', 'copied');
    expect(button).toHaveAccessibleName('Copied');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(screen.getByRole('status')).not.toHaveAttribute('aria-live', 'assertive');
  });

  it('takes labels, for the buttons already on the page and after a copy', async () => {
    vi.useFakeTimers();
    stubClipboard(async () => {});
    render(
      <>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: markup as @inkwell/core emits it. */}
        <article dangerouslySetInnerHTML={{ __html: block }} />
        <CopyButtons labels={{ copy: 'Code kopieren', copied: 'Kopiert' }} />
      </>,
    );
    const button = screen.getByRole('button', { name: 'Code kopieren' });
    await act(async () => fireEvent.click(button));
    expect(button).toHaveAccessibleName('Kopiert');
    expect(screen.getByRole('status')).toHaveTextContent('Kopiert');
    act(() => vi.advanceTimersByTime(2000));
    expect(button).toHaveAccessibleName('Code kopieren');
  });

  it('goes back to its idle state after a while', async () => {
    vi.useFakeTimers();
    stubClipboard(async () => {});
    renderPost();
    const button = screen.getByRole('button', { name: 'Copy code' });
    await act(async () => fireEvent.click(button));
    expect(button).toHaveAttribute('data-state', 'copied');
    act(() => vi.advanceTimersByTime(1000));
    expect(button).not.toHaveAttribute('data-state');
    expect(button).toHaveAccessibleName('Copy code');
  });

  it('reports a failure when the clipboard refuses', async () => {
    stubClipboard(async () => {
      throw new Error('denied');
    });
    document.execCommand = vi.fn(() => false);
    renderPost();
    const button = screen.getByRole('button', { name: 'Copy code' });
    await act(async () => fireEvent.click(button));
    expect(button).toHaveAttribute('data-state', 'failed');
    expect(button).toHaveAccessibleName('Copy failed');
    expect(screen.getByRole('status')).toHaveTextContent('Copy failed');
  });

  it('wires buttons added after mount, and stops when unmounted', async () => {
    const writeText = vi.fn(async () => {});
    stubClipboard(writeText);
    const { unmount } = render(<CopyButtons />);
    const later = document.createElement('div');
    later.innerHTML = block;
    document.body.append(later);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy code' })));
    expect(writeText).toHaveBeenCalledTimes(1);
    unmount();
    expect(screen.queryByRole('status')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copied' })));
    expect(writeText).toHaveBeenCalledTimes(1);
  });

  it('renders nothing on the server', () => {
    expect(renderToString(<CopyButtons />)).toBe('');
  });
});

describe('codeText', () => {
  it('falls back to the text of a plain <pre>', () => {
    const figure = document.createElement('figure');
    figure.innerHTML = '<pre><code>a\nb</code></pre>';
    expect(codeText(figure)).toBe('a\nb');
  });
});
