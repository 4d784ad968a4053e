import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { StoryMain } from '../../test/stories/story-main.js';
import { CopyButtons, type CopyButtonsProps } from './copy-buttons.js';

/**
 * Output of `renderMarkdown()` from @inkwell/core for a titled block with a highlighted line, a
 * highlighted word and line numbers, and a plain shell block (regenerate it if the markup changes).
 */
const renderedPost =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample code contains a JS template literal.
  '<figure data-rehype-pretty-code-figure=""><figcaption data-rehype-pretty-code-title="" data-language="ts" data-theme="github-light github-dark-dimmed">server.ts</figcaption><pre style="--shiki-light:#24292e;--shiki-dark:#adbac7;--shiki-light-bg:#fff;--shiki-dark-bg:#22272e" tabindex="0" data-language="ts" data-theme="github-light github-dark-dimmed"><code data-line-numbers="" data-language="ts" data-theme="github-light github-dark-dimmed" style="display: grid;" data-line-numbers-max-digits="1"><span data-line=""><span style="--shiki-light:#D73A49;--shiki-dark:#F47067">im</span><mark data-highlighted-chars=""><span style="--shiki-light:#D73A49;--shiki-dark:#F47067">port</span></mark><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7"> { createServer } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F47067">from</span><span style="--shiki-light:#032F62;--shiki-dark:#96D0FF"> \'node:http\'</span><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7">;</span></span>\n<span data-line=""> </span>\n<span data-line="" data-highlighted-line=""><span style="--shiki-light:#D73A49;--shiki-dark:#F47067">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#6CB6FF"> </span><mark data-highlighted-chars=""><span style="--shiki-light:#005CC5;--shiki-dark:#6CB6FF">port</span></mark><span style="--shiki-light:#D73A49;--shiki-dark:#F47067"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#6CB6FF"> 3000</span><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7">;</span></span>\n<span data-line=""><span style="--shiki-light:#6F42C1;--shiki-dark:#DCBDFB">createServer</span><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7">((</span><span style="--shiki-light:#E36209;--shiki-dark:#F69D50">req</span><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7">, </span><span style="--shiki-light:#E36209;--shiki-dark:#F69D50">res</span><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7">) </span><span style="--shiki-light:#D73A49;--shiki-dark:#F47067">=></span><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7"> res.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#DCBDFB">end</span><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7">(</span><span style="--shiki-light:#032F62;--shiki-dark:#96D0FF">`hello on ${</span><mark data-highlighted-chars=""><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7">port</span></mark><span style="--shiki-light:#032F62;--shiki-dark:#96D0FF">}`</span><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7">)).</span><span style="--shiki-light:#6F42C1;--shiki-dark:#DCBDFB">listen</span><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7">(</span><mark data-highlighted-chars=""><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7">port</span></mark><span style="--shiki-light:#24292E;--shiki-dark:#ADBAC7">);</span></span></code></pre><button type="button" class="inkwell-copy" data-inkwell-copy="" aria-label="Copy code">Copy</button></figure>\n<figure data-rehype-pretty-code-figure=""><pre style="--shiki-light:#24292e;--shiki-dark:#adbac7;--shiki-light-bg:#fff;--shiki-dark-bg:#22272e" tabindex="0" data-language="sh" data-theme="github-light github-dark-dimmed"><code data-language="sh" data-theme="github-light github-dark-dimmed" style="display: grid;"><span data-line=""><span style="--shiki-light:#6F42C1;--shiki-dark:#F69D50">npm</span><span style="--shiki-light:#032F62;--shiki-dark:#96D0FF"> install</span><span style="--shiki-light:#032F62;--shiki-dark:#96D0FF"> @inkwell/core</span></span></code></pre><button type="button" class="inkwell-copy" data-inkwell-copy="" aria-label="Copy code">Copy</button></figure>';

/** A post page: the rendered HTML, and `<CopyButtons />` once in the layout. */
function Post(props: CopyButtonsProps) {
  return (
    <StoryMain className="inkwell-prose" style={{ padding: 24, maxWidth: 720 }}>
      <h1>Code blocks</h1>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized HTML from @inkwell/core, as on a real post page. */}
      <div dangerouslySetInnerHTML={{ __html: renderedPost }} />
      <CopyButtons {...props} />
    </StoryMain>
  );
}

const meta = {
  title: 'Code/CopyButtons',
  component: CopyButtons,
  render: (args) => <Post {...args} />,
  argTypes: { root: { control: false } },
  parameters: {
    // Token colours are the code theme's (github-light has 3.5:1 tokens such as #E36209), not
    // Inkwell's: the blocks' own chrome — title, line numbers, copy button — is still checked.
    a11y: { context: { exclude: [['pre code']] } },
  },
} satisfies Meta<typeof CopyButtons>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hidden from the sidebar and docs: an interaction test that ends somewhere else than it starts. */
const testOnly = ['!dev', '!autodocs'];

/** The typical use: highlighted code blocks from a rendered post, each with its copy button. */
export const CodeBlocks: Story = {
  play: async ({ canvasElement }) => {
    const buttons = within(canvasElement).getAllByRole('button', { name: 'Copy code' });
    await expect(buttons).toHaveLength(2);
    // Each block's copy icon shows on hover or keyboard focus (always on touch screens).
    const first = buttons[0] as HTMLElement;
    first.focus();
    await waitFor(() => expect(first).toBeVisible());
    await expect(within(canvasElement).getByText('server.ts')).toBeVisible();
  },
};

/** Clicking a block's copy button copies its code and says so, to sighted and screen-reader users. */
export const CopyCode: Story = {
  tags: testOnly,
  play: async ({ canvasElement }) => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const canvas = within(canvasElement);
    const [first] = canvas.getAllByRole('button', { name: 'Copy code' });
    await userEvent.click(first as HTMLElement);
    await waitFor(() => expect(first).toHaveAttribute('data-state', 'copied'));
    await expect(copied[0]).toContain("import { createServer } from 'node:http';\n\nconst port = 3000;");
    await expect(within(document.body).getByRole('status')).toHaveTextContent('Copied');
  },
};

/** Keyboard users reach the copy buttons and the scrollable blocks with Tab. */
export const Keyboard: Story = {
  tags: testOnly,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvasElement.querySelector('pre')).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getAllByRole('button', { name: 'Copy code' })[0]).toHaveFocus();
  },
};

/** The dark theme's colours (`--shiki-dark`) apply when the page is dark. */
export const Dark: Story = {
  // The theme as the toolbar would set it (and locked there); on the docs page, its own frame, since
  // the dark theme belongs to a whole page.
  globals: { theme: 'dark' },
  parameters: { docs: { story: { inline: false, iframeHeight: 420 } } },
  play: async ({ canvasElement }) => {
    const pre = canvasElement.querySelector('pre') as HTMLElement;
    await expect(getComputedStyle(pre).backgroundColor).toBe('rgb(34, 39, 46)');
  },
};

/** Switching the page back to light recolours the blocks at once. */
export const FollowsThemeChange: Story = {
  tags: testOnly,
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const pre = canvasElement.querySelector('pre') as HTMLElement;
    await expect(getComputedStyle(pre).backgroundColor).toBe('rgb(34, 39, 46)');
    delete document.documentElement.dataset.theme;
    await expect(getComputedStyle(pre).backgroundColor).toBe('rgb(255, 255, 255)');
  },
};
