/** The bar's fill never passes this while loading, so it never sits at 100 % before the page is there. */
const CEILING = 0.94;
const TRICKLE_MS = 300;
/** How long the full bar stays before it fades (matches the CSS fade). */
const FADE_MS = 400;

/** The loading bar's moves: start (trickling), done (fill, then fade), stop (teardown). */
export interface LoaderBar {
  start(): void;
  done(): void;
  stop(): void;
  loading(): boolean;
}

/**
 * Drives one bar element: `data-state` is `idle`, `loading` or `done`, the fill is `--inkwell-top-loader`
 * (0–1), which the stylesheet turns into `transform: scaleX()`. Each tick closes a tenth of the distance to
 * the ceiling, so the bar slows as it goes and never stops moving nor reaches the end on its own.
 */
export function loaderBar(bar: HTMLElement, onTick?: () => void): LoaderBar {
  let value = 0;
  let trickle: ReturnType<typeof setInterval> | undefined;
  let fade: ReturnType<typeof setTimeout> | undefined;
  const show = (state: string, next: number) => {
    value = next;
    bar.dataset.state = state;
    bar.style.setProperty('--inkwell-top-loader', String(next));
  };
  const stop = () => {
    clearInterval(trickle);
    clearTimeout(fade);
    trickle = fade = undefined;
  };
  return {
    start() {
      if (trickle) return;
      stop();
      show('loading', 0.08);
      trickle = setInterval(() => {
        show('loading', value + (CEILING - value) * 0.1);
        onTick?.();
      }, TRICKLE_MS);
    },
    done() {
      if (!trickle) return;
      stop();
      show('done', 1);
      fade = setTimeout(() => show('idle', 0), FADE_MS);
    },
    stop,
    loading: () => trickle !== undefined,
  };
}
