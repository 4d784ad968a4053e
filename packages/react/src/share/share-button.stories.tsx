import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ShareButton } from './share-button.js';

const url = 'https://blog.example/posts/hello-world/';

/** Replaces a property for one story and puts the original back afterwards. */
function stub<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): () => void {
  const had = Object.hasOwn(target, key);
  const original = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  return () => {
    if (had && original) Object.defineProperty(target, key, original);
    else delete target[key];
  };
}

const meta = {
  title: 'Share/ShareButton',
  component: ShareButton,
  args: { url, title: 'Hello, world' },
  decorators: [
    (Story) => (
      <main style={{ padding: 24, minHeight: 320 }}>
        <Story />
      </main>
    ),
  ],
} satisfies Meta<typeof ShareButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Fallback: Story = {
  args: { native: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Share' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const linkedin = canvas.getByRole('link', { name: 'LinkedIn' });
    await expect(linkedin).toHaveAttribute(
      'href',
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
    );
    await expect(canvas.getByRole('link', { name: 'X' }).getAttribute('href')).toContain(
      `url=${encodeURIComponent(url)}`,
    );
    await expect(canvas.getByRole('link', { name: 'Email' }).getAttribute('href')).toMatch(
      /^mailto:\?subject=Hello/,
    );
    // Tab moves into the panel; Escape closes it and puts focus back on the button.
    await userEvent.tab();
    await expect(linkedin).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveFocus();
    await expect(canvas.queryByRole('link', { name: 'LinkedIn' })).toBeNull();
  },
};

export const Copied: Story = {
  args: { native: false },
  beforeEach: () => stub(navigator, 'clipboard', { writeText: fn(async () => {}) } as unknown as Clipboard),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const copy = canvas.getByRole('button', { name: 'Copy link' });
    copy.focus();
    await userEvent.keyboard('{Enter}');
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(url);
    await expect(await canvas.findByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Link copied to the clipboard');
  },
};

export const ClipboardBlocked: Story = {
  args: { native: false },
  beforeEach: () => {
    const restoreClipboard = stub(navigator, 'clipboard', {
      writeText: async () => {
        throw new DOMException('Write permission denied.', 'NotAllowedError');
      },
    } as unknown as Clipboard);
    const restoreExec = stub(document, 'execCommand', () => false);
    return () => {
      restoreClipboard();
      restoreExec();
    };
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Share' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Copy link' }));
    // Nothing could be copied: the link is offered, focused and selected, for Ctrl+C.
    const field = await canvas.findByRole('textbox', { name: /copy it/ });
    await expect(field).toHaveValue(url);
    await expect(field).toHaveFocus();
    await expect([field as HTMLInputElement].map((f) => [f.selectionStart, f.selectionEnd])[0]).toEqual([
      0,
      url.length,
    ]);
  },
};

const share = fn(async (_data?: ShareData) => {});

export const NativeShareSheet: Story = {
  beforeEach: () => {
    share.mockReset();
    share.mockImplementation(async () => {});
    return stub(navigator, 'share', share);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Share' }));
    await expect(share).toHaveBeenCalledWith({ url, title: 'Hello, world' });
    await expect(canvas.queryByRole('link', { name: 'LinkedIn' })).toBeNull();
  },
};

export const NativeShareCancelled: Story = {
  beforeEach: () => {
    share.mockReset();
    share.mockImplementation(async () => {
      throw new DOMException('Share canceled', 'AbortError');
    });
    return stub(navigator, 'share', share);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Share' }));
    await expect(share).toHaveBeenCalledOnce();
    // Cancelling is the reader's choice, not a failure: no fallback panel.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(canvas.getByRole('button', { name: 'Share' })).toHaveAttribute('aria-expanded', 'false');
  },
};

export const NativeShareFails: Story = {
  beforeEach: () => {
    share.mockReset();
    share.mockImplementation(async () => {
      throw new DOMException('Share failed', 'DataError');
    });
    return stub(navigator, 'share', share);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(canvas.getByRole('link', { name: 'LinkedIn' })).toBeVisible());
  },
};
