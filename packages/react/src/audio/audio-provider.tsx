'use client';
import { type ReactNode, useState } from 'react';
import { type AudioControllerOptions, createAudioController } from './audio-controller.js';
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
  // Created in the first render (it touches no browser API), so the actions every child receives are
  // the real ones from hydration on; the element joins in the commit, through the ref callback.
  const [controller] = useState(() => createAudioController(null, { messages }));

  return (
    <AudioStoreContext.Provider value={controller}>
      <AudioActionsContext.Provider value={controller.actions}>
        {children}
        {/* biome-ignore lint/a11y/useMediaCaption: narration of a written post; the post is the transcript. */}
        <audio ref={controller.connect} preload="metadata" crossOrigin={crossOrigin} hidden />
      </AudioActionsContext.Provider>
    </AudioStoreContext.Provider>
  );
}
