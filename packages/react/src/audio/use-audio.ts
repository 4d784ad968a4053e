'use client';
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { AudioController } from './audio-controller.js';
import type { AudioActions, AudioContextValue, AudioState } from './audio-types.js';

// Two contexts, so that reading actions never subscribes to playback: the store context holds the
// store (whose identity never changes; readers subscribe through `useSyncExternalStore`), the
// actions context the stable action functions. `AudioProvider` provides both.
export const AudioStoreContext = createContext<Pick<AudioController, 'getState' | 'subscribe'> | null>(null);
export const AudioActionsContext = createContext<AudioActions | null>(null);

function missingProvider(): never {
  throw new Error(
    'Audio hooks and players need an <AudioProvider> above them: put it in the root layout, so playback survives navigation.',
  );
}

/**
 * One value of the nearest `AudioProvider`'s playback state, chosen by `select`. The component
 * re-renders only when that value changes (compared with `Object.is`), so `select` should return a
 * primitive or a part of the state, not a new object.
 *
 * @throws when there is no `AudioProvider` above.
 * @example
 * ```tsx
 * function NowPlaying() {
 *   const title = useAudioState((state) => state.track?.title);
 *   return title ? <p>Now playing: {title}</p> : null;
 * }
 * ```
 */
export function useAudioState<T>(select: (state: AudioState) => T): T {
  const store = useContext(AudioStoreContext) ?? missingProvider();
  const read = () => select(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}

/**
 * The nearest `AudioProvider`'s actions (`play`, `pause`, `toggle`, `seek`, …). They never change,
 * and a component that only reads actions never re-renders because of playback.
 *
 * @throws when there is no `AudioProvider` above.
 * @example
 * ```tsx
 * function ListenButton({ audio }: { audio: AudioTrack }) {
 *   const { play } = useAudioActions();
 *   return <button type="button" onClick={() => play(audio)}>Listen</button>;
 * }
 * ```
 */
export function useAudioActions(): AudioActions {
  return useContext(AudioActionsContext) ?? missingProvider();
}

/**
 * Playback state and actions of the nearest `AudioProvider` in one object, for custom audio UIs. It
 * re-renders on every state change (the position too, several times a second while playing): prefer
 * {@link useAudioState} with a selector, and {@link useAudioActions}, where that matters.
 *
 * @throws when there is no `AudioProvider` above, with a message saying where to add it.
 * @example
 * ```tsx
 * function ListenButton({ post }: { post: Post }) {
 *   const audio = useAudio();
 *   if (!post.audio) return null;
 *   const playing = audio.track?.src === post.audio.src && audio.status === 'playing';
 *   return <button onClick={() => audio.toggle(post.audio)}>{playing ? 'Pause' : 'Listen'}</button>;
 * }
 * ```
 */
export function useAudio(): AudioContextValue {
  const state = useAudioState((value) => value);
  const actions = useAudioActions();
  return useMemo(() => ({ ...state, ...actions }), [state, actions]);
}
