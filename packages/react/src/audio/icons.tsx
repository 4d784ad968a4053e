// Inline 24×24 icons for the audio players, decorative (the buttons carry the labels).

const PATHS = {
  play: 'M8 5.5v13l10.5-6.5z',
  pause: 'M7 5h3.5v14H7zm6.5 0H17v14h-3.5z',
  back: 'M12 5a7.5 7.5 0 1 1-7.3 9.2M12 5V2L8 5l4 3z',
  forward: 'M12 5a7.5 7.5 0 1 0 7.3 9.2M12 5V2l4 3-4 3z',
  volume: 'M4 9.5v5h3.5L12 18V6L7.5 9.5zm11-1a5 5 0 0 1 0 7m2.5-9.5a8.5 8.5 0 0 1 0 12',
  muted: 'M4 9.5v5h3.5L12 18V6L7.5 9.5zm11.5 0 5 5m0-5-5 5',
  download: 'M12 4v11m-4.5-4.5L12 15l4.5-4.5M5 19.5h14',
  close: 'M6.5 6.5l11 11m0-11-11 11',
  retry: 'M19 12a7 7 0 1 1-2.1-5M19 4v4h-4',
} as const;

/** Icon names. */
export type IconName = keyof typeof PATHS;

/** A decorative icon; `label` draws a small number in the middle (the skip buttons' seconds). */
export function Icon({ name, label }: { name: IconName; label?: string }) {
  const filled = name === 'play' || name === 'pause';
  return (
    <svg
      className="inkwell-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      fill={filled ? 'currentColor' : 'none'}
      stroke={filled ? 'none' : 'currentColor'}
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
      {label && (
        <text
          x="12"
          y="15.6"
          fontSize="7.5"
          fontWeight="700"
          textAnchor="middle"
          fill="currentColor"
          stroke="none"
        >
          {label}
        </text>
      )}
    </svg>
  );
}
