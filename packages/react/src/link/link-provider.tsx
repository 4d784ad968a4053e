'use client';

import { type AnchorHTMLAttributes, createContext, type ReactNode, type Ref, useContext } from 'react';

/** Props Inkwell passes to a link component: an `href` plus ordinary anchor attributes. */
export type LinkComponentProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * A component that renders a navigation link, such as Next.js's `Link`. It must render an `<a>` and
 * forward its props (including `ref`, `role`, `id`, `tabIndex` and event handlers) to it.
 */
export type LinkComponent = (props: LinkComponentProps) => ReactNode;

const LinkContext = createContext<LinkComponent | null>(null);

/** Props of {@link LinkProvider}. */
export interface LinkProviderProps {
  /** The framework's link component, e.g. `Link` from `next/link`. */
  component: LinkComponent;
  children?: ReactNode;
}

/**
 * Supplies the framework's link component to every Inkwell component below it, so that in-site links
 * (Home, Author, search results) navigate on the client and keep state such as a playing audio narration.
 * Without a provider, Inkwell renders plain `<a>` elements.
 *
 * @example
 * ```tsx
 * 'use client';
 * import Link from 'next/link';
 * import { LinkProvider } from '@inkwell/react';
 *
 * export function Providers({ children }: { children: React.ReactNode }) {
 *   return <LinkProvider component={Link}>{children}</LinkProvider>;
 * }
 * ```
 */
export function LinkProvider({ component, children }: LinkProviderProps) {
  return <LinkContext.Provider value={component}>{children}</LinkContext.Provider>;
}

function PlainAnchor(props: LinkComponentProps) {
  return <a {...props} />;
}

/**
 * The link component supplied by the nearest {@link LinkProvider}, or a plain `<a>` renderer.
 *
 * @example
 * ```tsx
 * const Link = useLinkComponent();
 * return <Link href="/about">About</Link>;
 * ```
 */
export function useLinkComponent(): LinkComponent {
  return useContext(LinkContext) ?? PlainAnchor;
}
