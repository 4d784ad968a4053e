import type { LinkComponent, LinkComponentProps } from '../src/link/link-provider.js';

/**
 * A framework link for tests and stories: like a client-side router's, it does not leave the page,
 * and it hands where it would have gone to `record`.
 */
export function createRecordingLink(record: (href: string) => void): LinkComponent {
  // biome-ignore lint/correctness/noComponentHookFactories: called once per module, at module level, never during render
  return function RecordingLink({ onClick, href, ...props }: LinkComponentProps) {
    return (
      <a
        {...props}
        href={href}
        onClick={(event) => {
          onClick?.(event);
          event.preventDefault();
          record(href);
        }}
      />
    );
  };
}
