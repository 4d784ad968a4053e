// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../progress/progress-bar.js';
import { AudioPlayer } from './audio-player.js';
import { AudioProvider } from './audio-provider.js';
import { FloatingAudioPlayer } from './floating-audio-player.js';

// Server rendering must not touch window, document, storage or media APIs.
describe('server render', () => {
  it('has no window or document here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders AudioProvider with one <audio>, AudioPlayer idle with the duration hint, no floating player', () => {
    const html = renderToString(
      <AudioProvider>
        <AudioPlayer audio={{ src: '/a.opus', title: 'Narrated', duration: 295 }} download="post.opus" />
        <FloatingAudioPlayer />
      </AudioProvider>,
    );
    expect(html.match(/<audio/g)).toHaveLength(1);
    expect(html).toContain('data-state="idle"');
    expect(html).toContain('aria-valuetext="0 seconds of 4 minutes 55 seconds"');
    expect(html).toContain('-4:55');
    expect(html).toContain('download="post.opus"');
    expect(html).not.toContain('inkwell-audio-float');
  });

  it('renders ProgressBar decorative by default, and as a progressbar on request', () => {
    expect(renderToString(<ProgressBar />)).toContain('aria-hidden="true"');
    const accessible = renderToString(<ProgressBar accessible aria-label="Reading progress" />);
    expect(accessible).toContain('role="progressbar"');
    expect(accessible).toContain('aria-valuenow="0"');
  });
});
