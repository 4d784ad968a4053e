'use client';
import { useContext } from 'react';
import { AudioContext, type AudioContextValue } from './audio-context.js';

/**
 * Playback state and actions of the nearest `AudioProvider`, for custom audio UIs.
 *
 * @throws when there is no `AudioProvider` above, with a message saying where to add it.
 * @example
 * function ListenButton({ post }: { post: Post }) {
 *   const audio = useAudio();
 *   if (!post.audio) return null;
 *   const playing = audio.track?.src === post.audio.src && audio.status === 'playing';
 *   return <button onClick={() => audio.toggle(post.audio)}>{playing ? 'Pause' : 'Listen'}</button>;
 * }
 */
export function useAudio(): AudioContextValue {
  const value = useContext(AudioContext);
  if (!value) {
    throw new Error(
      'useAudio(), AudioPlayer and FloatingAudioPlayer need an <AudioProvider> above them: wrap your root layout in <AudioProvider> so playback survives navigation.',
    );
  }
  return value;
}
