import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { StoryMain } from '../../test/stories/story-main.js';
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

/** A touch screen (`pointer: coarse`), where the button opens the system share sheet straight away. */
function onTouchScreen(): () => void {
  const original = window.matchMedia.bind(window);
  return stub(window, 'matchMedia', (query: string) =>
    query.includes('pointer: coarse')
      ? ({
          matches: true,
          media: query,
          onchange: null,
          addEventListener() {},
          removeEventListener() {},
          addListener() {},
          removeListener() {},
          dispatchEvent: () => false,
        } as unknown as MediaQueryList)
      : original(query),
  );
}

const meta = {
  title: 'Share/ShareButton',
  component: ShareButton,
  args: { url, title: 'Hello, world' },
  decorators: [
    (Story) => (
      <StoryMain style={{ padding: 24, minHeight: 320 }}>
        <Story />
      </StoryMain>
    ),
  ],
} satisfies Meta<typeof ShareButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hidden from the sidebar and docs: an interaction test that ends somewhere else than it starts. */
const testOnly = ['!dev', '!autodocs'];

/** The typical use: a labelled Share button (the panel or the system sheet opens on click). */
export const Default: Story = {
  args: { native: false },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Share' });
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveTextContent('Share');
  },
};

/** Icon only (`showLabel: false`): the word stays the accessible name. */
export const IconOnly: Story = {
  args: { native: false, showLabel: false },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Share' });
    await expect(button).toBeVisible();
    await expect(button.getBoundingClientRect().width).toBeGreaterThanOrEqual(44);
  },
};

/** Without a system share sheet: Enter opens the panel of links, Tab enters it, Escape closes it. */
export const FallbackPanelWithKeyboard: Story = {
  tags: testOnly,
  args: { native: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Share' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    // The panel's code loads on first open.
    const linkedin = await canvas.findByRole('link', { name: 'LinkedIn' });
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

/** Copy link copies the URL and confirms it, visibly and to screen readers. */
export const CopyLinkConfirms: Story = {
  tags: testOnly,
  args: { native: false },
  beforeEach: () => stub(navigator, 'clipboard', { writeText: fn(async () => {}) } as unknown as Clipboard),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const copy = await canvas.findByRole('button', { name: 'Copy link' }, { timeout: 5000 }); // the panel loads on first open
    copy.focus();
    await userEvent.keyboard('{Enter}');
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(url);
    await expect(await canvas.findByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Link copied to the clipboard');
  },
};

/** When the clipboard refuses, the link is shown selected for the reader to copy by hand. */
export const ClipboardBlockedShowsLink: Story = {
  tags: testOnly,
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
    await userEvent.click(await canvas.findByRole('button', { name: 'Copy link' }, { timeout: 5000 }));
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

/** Where the browser has a share sheet, the click opens it with the post's URL and title. */
export const NativeShareSheet: Story = {
  tags: testOnly,
  beforeEach: () => {
    share.mockReset();
    share.mockImplementation(async () => {});
    const restoreShare = stub(navigator, 'share', share);
    const restorePointer = onTouchScreen();
    return () => {
      restoreShare();
      restorePointer();
    };
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Share' }));
    await expect(share).toHaveBeenCalledWith({ url, title: 'Hello, world' });
    await expect(canvas.queryByRole('link', { name: 'LinkedIn' })).toBeNull();
  },
};

/** Cancelling the system sheet is the reader's choice: no fallback panel. */
export const NativeShareCancelled: Story = {
  tags: testOnly,
  beforeEach: () => {
    share.mockReset();
    share.mockImplementation(async () => {
      throw new DOMException('Share canceled', 'AbortError');
    });
    const restoreShare = stub(navigator, 'share', share);
    const restorePointer = onTouchScreen();
    return () => {
      restoreShare();
      restorePointer();
    };
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

/** When the system sheet fails, the panel of links opens instead. */
export const NativeShareFails: Story = {
  tags: testOnly,
  beforeEach: () => {
    share.mockReset();
    share.mockImplementation(async () => {
      throw new DOMException('Share failed', 'DataError');
    });
    const restoreShare = stub(navigator, 'share', share);
    const restorePointer = onTouchScreen();
    return () => {
      restoreShare();
      restorePointer();
    };
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(canvas.getByRole('link', { name: 'LinkedIn' })).toBeVisible());
  },
};
