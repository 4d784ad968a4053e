import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { AudioProvider } from './audio-provider.js';
import { useAudio, useAudioActions, useAudioState } from './use-audio.js';

function RenderCount({ name, use }: { name: string; use: () => unknown }) {
  const renders = useRef(0);
  renders.current += 1;
  const value = use();
  return (
    <output aria-label={name} data-renders={renders.current}>
      {typeof value === 'number' ? value : ''}
    </output>
  );
}
const renders = (name: string) => Number(screen.getByLabelText(name).getAttribute('data-renders'));

function Play() {
  const { play } = useAudioActions();
  return (
    <button type="button" onClick={() => play({ src: '/a.ogg' })}>
      play
    </button>
  );
}

describe('useAudioState and useAudioActions', () => {
  it('re-render only what the selector reads: an actions-only consumer ignores timeupdate', () => {
    render(
      <AudioProvider>
        <Play />
        <RenderCount name="actions" use={useAudioActions} />
        <RenderCount name="status" use={() => useAudioState((state) => state.status)} />
        <RenderCount name="time" use={() => useAudioState((state) => state.currentTime)} />
        <RenderCount name="everything" use={useAudio} />
      </AudioProvider>,
    );
    const audio = document.querySelector('audio') as HTMLAudioElement;
    // jsdom plays nothing: give this one element a clock of its own (no prototype is patched).
    let time = 0;
    Object.defineProperty(audio, 'currentTime', { configurable: true, get: () => time, set: () => {} });
    Object.defineProperty(audio, 'readyState', { configurable: true, get: () => 4 });
    Object.defineProperty(audio, 'paused', { configurable: true, get: () => false });
    audio.play = () => Promise.resolve();
    act(() => screen.getByRole('button', { name: 'play' }).click());
    const actions = renders('actions');
    const status = renders('status');
    const timeRenders = renders('time');
    const everything = renders('everything');
    for (const seconds of [1, 2, 3]) {
      time = seconds;
      act(() => {
        audio.dispatchEvent(new Event('timeupdate'));
      });
    }
    expect(screen.getByLabelText('time')).toHaveTextContent('3');
    expect(renders('time')).toBe(timeRenders + 3);
    expect(renders('actions')).toBe(actions);
    expect(renders('status')).toBe(status);
    // useAudio() keeps working, and follows every change.
    expect(renders('everything')).toBe(everything + 3);
  });

  it('throw a clear error without a provider', () => {
    expect(() => render(<RenderCount name="x" use={useAudioActions} />)).toThrow(/<AudioProvider>/);
    expect(() => render(<RenderCount name="x" use={() => useAudioState((s) => s.status)} />)).toThrow(
      /<AudioProvider>/,
    );
  });
});
