export {
  type AudioController,
  type AudioControllerOptions,
  type AudioElementLike,
  createAudioController,
} from './audio/audio-controller.js';
export type { AudioPlayerLabels } from './audio/audio-labels.js';
export { AudioPlayer, type AudioPlayerProps } from './audio/audio-player.js';
export { AudioProvider, type AudioProviderProps } from './audio/audio-provider.js';
export type {
  AudioActions,
  AudioContextValue,
  AudioError,
  AudioErrorKind,
  AudioState,
  AudioStatus,
  AudioTrack,
} from './audio/audio-types.js';
export { FloatingAudioPlayer, type FloatingAudioPlayerProps } from './audio/floating-audio-player.js';
export { useAudio, useAudioActions, useAudioState } from './audio/use-audio.js';
export { CopyButtons, type CopyButtonsProps } from './code/copy-buttons.js';
export { type CopyButtonLabels, type CopyButtonsOptions, useCopyButtons } from './code/use-copy-buttons.js';
export {
  type LinkComponent,
  type LinkComponentProps,
  LinkProvider,
  type LinkProviderProps,
  useLinkComponent,
} from './link/link-provider.js';
export {
  FloatingNav,
  type FloatingNavItem,
  type FloatingNavLabels,
  type FloatingNavProps,
  type FloatingNavSearch,
} from './nav/floating-nav.js';
export {
  type FloatingNavEntry,
  FloatingNavItem as FloatingNavItemPart,
  type FloatingNavItemProps,
  FloatingNavSearch as FloatingNavSearchPart,
  type FloatingNavSearchProps,
  FloatingNavShare,
  FloatingNavTheme,
} from './nav/floating-nav-items.js';
export {
  FloatingNavContent,
  FloatingNavRoot,
  type FloatingNavRootProps,
  FloatingNavTrigger,
  type FloatingNavTriggerProps,
} from './nav/floating-nav-root.js';
export { ProgressBar, type ProgressBarProps } from './progress/progress-bar.js';
export { HighlightedText } from './search-sheet/highlighted-text.js';
export { prefetchSearchIndex } from './search-sheet/load-search-index.js';
export type { SearchSheetLabels } from './search-sheet/search-labels.js';
export {
  createSearchSession,
  type SearchDraft,
  type SearchOutcome,
  type SearchSession,
  type SearchSessionOptions,
  type SearchSessionState,
} from './search-sheet/search-session.js';
export { SearchSheet, type SearchSheetProps } from './search-sheet/search-sheet.js';
export {
  type SearchSheetControls,
  type SearchSheetOpenOptions,
  SearchSheetProvider,
  type SearchSheetProviderProps,
  useSearchSheet,
} from './search-sheet/search-sheet-provider.js';
export type { SearchIndexLike, SearchIndexSource, SearchOptionsLike } from './search-sheet/search-types.js';
export { ShareButton, type ShareButtonProps } from './share/share-button.js';
export type { ShareButtonLabels } from './share/share-labels.js';
export { type ShareData, type ShareTarget, shareTargets } from './share/share-links.js';
export { ThemeProvider, type ThemeProviderProps, type ThemeState, useTheme } from './theme/theme-provider.js';
export {
  createThemeScript,
  THEME_STORAGE_KEY,
  type ThemeScriptOptions,
  themeScript,
} from './theme/theme-script.js';
export type { ResolvedTheme, ThemePreference, ThemeStoreOptions } from './theme/theme-store.js';
export { ThemeToggle, type ThemeToggleLabels, type ThemeToggleProps } from './theme/theme-toggle.js';
export { startTopLoader, TopLoader, type TopLoaderProps } from './top-loader/top-loader.js';
