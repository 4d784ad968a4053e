export type {
  AudioActions,
  AudioContextValue,
  AudioError,
  AudioErrorKind,
  AudioState,
  AudioStatus,
  AudioTrack,
} from './audio/audio-context.js';
export { AudioPlayer, type AudioPlayerProps } from './audio/audio-player.js';
export { AudioProvider, type AudioProviderProps } from './audio/audio-provider.js';
export { FloatingAudioPlayer, type FloatingAudioPlayerProps } from './audio/floating-audio-player.js';
export { useAudio } from './audio/use-audio.js';
export { ProgressBar, type ProgressBarProps } from './progress/progress-bar.js';
export { themeScript } from './theme-script.js';
