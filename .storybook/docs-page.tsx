import {
  Controls,
  Description,
  Primary,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';

/**
 * Storybook's default docs page, except that the story list leaves out the primary story already shown
 * at the top with its controls: shown twice, its landmarks (an audio player's region, a nav) repeat on
 * one page with the same name, and the reader scrolls past the same state again.
 */
export function InkwellDocsPage() {
  const { csfFile } = useOf('meta', ['meta']);
  const single = Object.keys(csfFile.stories).length === 1;
  return (
    <>
      <Title />
      <Subtitle />
      <Description of="meta" />
      {single && <Description of="story" />}
      <Primary />
      <Controls />
      {!single && <Stories includePrimary={false} />}
    </>
  );
}
