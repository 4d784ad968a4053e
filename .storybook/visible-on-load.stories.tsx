import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { findVisibleElement } from './visible-on-load.js';

/**
 * The visibility check tested against pages it must reject and accept. Hidden from the sidebar and
 * the docs: these are tests of the story suite itself.
 */
function Page({
  component,
}: {
  component: 'blank' | 'hidden-dialog' | 'live-region' | 'thin-bar' | 'panel';
}) {
  return (
    <main style={{ padding: 24 }}>
      {/* The wrapper draws plenty: none of it is the component's. */}
      <h1>A page around the component</h1>
      <button type="button">Search</button>
      {component === 'hidden-dialog' && (
        <div className="inkwell-search" hidden>
          <p>Closed sheet</p>
        </div>
      )}
      {component === 'live-region' && (
        <span className="inkwell-visually-hidden" role="status">
          Loaded
        </span>
      )}
      {component === 'thin-bar' && (
        <div
          className="inkwell-progress"
          style={{ position: 'fixed', top: 0, left: 0, width: 400, height: 3 }}
        >
          <div style={{ height: 3, background: 'currentColor' }} />
        </div>
      )}
      {component === 'panel' && (
        <section className="inkwell-audio" aria-label="Audio">
          <p>Player</p>
        </section>
      )}
    </main>
  );
}

const meta = {
  title: 'Internal/Visible on load',
  component: Page,
  tags: ['!dev', '!autodocs'],
} satisfies Meta<typeof Page>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BlankComponentInADrawnPageFails: Story = {
  args: { component: 'blank' },
  play: async ({ canvasElement }) => {
    await expect(findVisibleElement(canvasElement)).toBeNull();
    // The page's own button does count when a story names it as what it shows.
    await expect(findVisibleElement(canvasElement, 'button')).toHaveTextContent('Search');
  },
};

export const ClosedDialogFails: Story = {
  args: { component: 'hidden-dialog' },
  play: async ({ canvasElement }) => {
    await expect(findVisibleElement(canvasElement)).toBeNull();
  },
};

export const VisuallyHiddenStatusFails: Story = {
  args: { component: 'live-region' },
  play: async ({ canvasElement }) => {
    await expect(findVisibleElement(canvasElement)).toBeNull();
  },
};

export const ThinBarAcrossThePagePasses: Story = {
  args: { component: 'thin-bar' },
  play: async ({ canvasElement }) => {
    await expect(findVisibleElement(canvasElement)).not.toBeNull();
  },
};

export const DrawnComponentPasses: Story = {
  args: { component: 'panel' },
  play: async ({ canvasElement }) => {
    await expect(findVisibleElement(canvasElement)).toHaveTextContent('Player');
  },
};
