import type { Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    // Accessibility violations fail the story's test, in Storybook and in `pnpm test`.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
