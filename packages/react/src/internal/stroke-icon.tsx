import type { ReactNode, SVGProps } from 'react';

/** Props of an icon: any SVG attribute, e.g. `className` or a size. */
export type IconProps = SVGProps<SVGSVGElement>;

/**
 * A 24×24 outline icon drawn in the current text colour and hidden from assistive technology (the
 * control around it carries the accessible name).
 */
export function StrokeIcon({ children, ...props }: IconProps & { children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      width={20}
      height={20}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable={false}
      {...props}
    >
      {children}
    </svg>
  );
}
