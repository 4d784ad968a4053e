import { act, fireEvent, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordingLink } from '../../test/recording-link.js';
import { LinkProvider } from '../link/link-provider.js';
import { startTopLoader, TopLoader } from './top-loader.js';

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/posts/a/');
});
afterEach(() => vi.useRealTimers());

const visited: string[] = [];
const RouterLink = createRecordingLink((href) => visited.push(href));

const bar = () => document.querySelector('.inkwell-top-loader') as HTMLElement;
const fill = () => Number(bar().style.getPropertyValue('--inkwell-top-loader'));

function Page({ url, children }: { url?: string; children?: React.ReactNode }) {
  return (
    <>
      <TopLoader url={url} />
      {children}
    </>
  );
}

const links = (
  <>
    <a href="/posts/b/">internal</a>
    <a href="https://elsewhere.example/">external</a>
    <a href="#section">hash</a>
    <a href="/posts/a/">same page</a>
    <a href="/files/a.pdf" download>
      download
    </a>
    <a href="/posts/c/" target="_blank" rel="noopener">
      new tab
    </a>
  </>
);

describe('TopLoader', () => {
  it('starts on a plain click of an internal link, not on other links or modified clicks', () => {
    const { getByText } = render(<Page url="/posts/a/">{links}</Page>);
    expect(bar().dataset.state).toBe('idle');
    for (const text of ['external', 'hash', 'same page', 'download', 'new tab']) {
      fireEvent.click(getByText(text));
      expect(bar().dataset.state, text).toBe('idle');
    }
    fireEvent.click(getByText('internal'), { metaKey: true });
    fireEvent.click(getByText('internal'), { button: 1 });
    expect(bar().dataset.state).toBe('idle');
    fireEvent.click(getByText('internal'));
    expect(bar().dataset.state).toBe('loading');
    expect(bar()).toHaveAttribute('aria-hidden', 'true');
  });

  it('starts on a LinkProvider link whose router prevents the default', () => {
    const { getByText } = render(
      <LinkProvider component={RouterLink}>
        <Page url="/posts/a/">
          <RouterLink href="/posts/b/">next post</RouterLink>
        </Page>
      </LinkProvider>,
    );
    fireEvent.click(getByText('next post'));
    expect(visited).toEqual(['/posts/b/']);
    expect(bar().dataset.state).toBe('loading');
  });

  it('trickles towards the end without reaching it, then fills and fades when the url changes', () => {
    const { getByText, rerender } = render(<Page url="/posts/a/">{links}</Page>);
    fireEvent.click(getByText('internal'));
    let last = fill();
    for (let tick = 0; tick < 200; tick++) {
      act(() => vi.advanceTimersByTime(300));
      expect(fill()).toBeGreaterThan(last);
      last = fill();
    }
    expect(last).toBeLessThan(0.95);
    expect(bar().dataset.state).toBe('loading');
    rerender(<Page url="/posts/b/">{links}</Page>);
    expect(bar().dataset.state).toBe('done');
    expect(fill()).toBe(1);
    act(() => vi.advanceTimersByTime(1000));
    expect(bar().dataset.state).toBe('idle');
    expect(fill()).toBe(0);
  });

  it('starts on back/forward and on startTopLoader, and finishes on the next url', () => {
    const { rerender } = render(<Page url="/posts/a/" />);
    act(() => {
      dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(bar().dataset.state).toBe('loading');
    rerender(<Page url="/posts/b/" />);
    expect(bar().dataset.state).toBe('done');
    act(() => startTopLoader());
    expect(bar().dataset.state).toBe('loading');
    rerender(<Page url="/posts/c/" />);
    expect(bar().dataset.state).toBe('done');
  });

  it('without a url, finishes once the location has changed', () => {
    const { getByText } = render(<Page>{links}</Page>);
    fireEvent.click(getByText('internal'));
    act(() => vi.advanceTimersByTime(600));
    expect(bar().dataset.state).toBe('loading');
    history.pushState(null, '', '/posts/b/');
    act(() => vi.advanceTimersByTime(300));
    expect(bar().dataset.state).toBe('done');
  });

  it('renders on the server without touching window, and stops listening when unmounted', () => {
    expect(renderToString(<TopLoader url="/" />)).toBe(
      '<div aria-hidden="true" data-state="idle" class="inkwell-top-loader"></div>',
    );
    const { getByText, unmount } = render(<Page url="/posts/a/">{links}</Page>);
    const anchor = getByText('internal');
    const element = bar();
    unmount();
    document.body.append(anchor);
    fireEvent.click(anchor);
    expect(element.dataset.state).toBe('idle');
    anchor.remove();
  });
});
