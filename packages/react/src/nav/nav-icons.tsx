import { type IconProps, StrokeIcon } from '../internal/stroke-icon.js';

/** A plus that the stylesheet turns into a cross while the hub is open. */
export function PlusIcon(props: IconProps) {
  return (
    <StrokeIcon width={24} height={24} {...props}>
      <path d="M12 5v14M5 12h14" />
    </StrokeIcon>
  );
}

/** House: the home page. */
export function HomeIcon(props: IconProps) {
  return (
    <StrokeIcon {...props}>
      <path d="M3 11 12 3l9 8M5 10v10h5v-6h4v6h5V10" />
    </StrokeIcon>
  );
}

/** Person: the author. */
export function PersonIcon(props: IconProps) {
  return (
    <StrokeIcon {...props}>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21a8 8 0 0 1 16 0" />
    </StrokeIcon>
  );
}
