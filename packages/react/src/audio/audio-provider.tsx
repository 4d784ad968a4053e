'use client';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import {
  type AudioController,
  type AudioControllerOptions,
  createAudioController,
  IDLE_AUDIO_STATE,
} from './audio-controller.js';
import type { AudioActions } from './audio-types.js';
import { AudioActionsContext, AudioStoreContext } from './use-audio.js';

/** Props of {@link AudioProvider}. */
export interface AudioProviderProps {
  children?: ReactNode;
  /** `crossOrigin` of the `<audio>` element, for files on another origin that need CORS. */
  crossOrigin?: '' | 'anonymous' | 'use-credentials';
  /**
   * The error message shown for each kind of failure (`unsupported`, `unavailable`, `network`,
   * `decode`), for another language; pass only the ones you change. Read once, at mount.
   */
  messages?: AudioControllerOptions['messages'];
}

const noop = () => {};
// Before mount (and on the server) there is no element yet: idle state, actions that do nothing.
const IDLE_STORE = { getState: () => IDLE_AUDIO_STATE, subscribe: () => noop };
const NO_ACTIONS = Object.fromEntries(
  'play pause toggle seek skip setRate setVolume setMuted retry stop reportPlayer'
    .split(' ')
    .map((name) => [name, noop]),
) as unknown as AudioActions;

/**
 * Owns the page's single `<audio>` element and shares its state with `AudioPlayer`,
 * `FloatingAudioPlayer`, `useAudioState()`, `useAudioActions()` and `useAudio()`. Mount it once, in
 * the root layout, so that client-side navigation never unmounts it and narration keeps playing from
 * page to page. The playback logic is `createAudioController` (see `audio-controller.ts`); this
 * component only renders the element and provides the controller.
 *
 * It remembers the playback rate and, per `src`, the position (re-applied once metadata loads),
 * and drives the lock-screen controls through the Media Session API where there is one.
 *
 * @example
 * ```tsx
 * // app/layout.tsx (Next.js App Router)
 * import { AudioProvider, FloatingAudioPlayer } from '@inkwell/react';
 * import '@inkwell/react/styles.css';
 *
 * export default function RootLayout({ children }: { children: React.ReactNode }) {
 *   return (
 *     <html lang="en">
 *       <body>
 *         <AudioProvider>
 *           {children}
 *           <FloatingAudioPlayer />
 *         </AudioProvider>
 *       </body>
 *     </html>
 *   );
 * }
 * ```
 */
export function AudioProvider({ children, crossOrigin, messages }: AudioProviderProps) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const [controller, setController] = useState<AudioController | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: one controller for the provider's lifetime; `messages` is read at mount.
  useEffect(() => {
    // The element is rendered below, so it exists once effects run.
    const created = createAudioController(audioRef.current as HTMLAudioElement, { messages });
    setController(created);
    return created.connect();
  }, []);

  return (
    <AudioStoreContext.Provider value={controller ?? IDLE_STORE}>
      <AudioActionsContext.Provider value={controller?.actions ?? NO_ACTIONS}>
        {children}
        {/* biome-ignore lint/a11y/useMediaCaption: narration of a written post; the post is the transcript. */}
        <audio ref={audioRef} preload="metadata" crossOrigin={crossOrigin} hidden />
      </AudioActionsContext.Provider>
    </AudioStoreContext.Provider>
  );
}
