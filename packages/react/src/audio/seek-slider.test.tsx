import { fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { defaultAudioLabels } from './audio-labels.js';
import { SeekSlider, seekKeyTarget } from './seek-slider.js';

describe('seekKeyTarget', () => {
  it('follows the WAI-ARIA slider keys, clamped to the range', () => {
    expect(seekKeyTarget('ArrowRight', 10, 100)).toBe(15);
    expect(seekKeyTarget('ArrowUp', 10, 100)).toBe(15);
    expect(seekKeyTarget('ArrowLeft', 10, 100)).toBe(5);
    expect(seekKeyTarget('ArrowDown', 2, 100)).toBe(0);
    expect(seekKeyTarget('PageUp', 10, 100)).toBe(40);
    expect(seekKeyTarget('PageDown', 10, 100)).toBe(0);
    expect(seekKeyTarget('Home', 50, 100)).toBe(0);
    expect(seekKeyTarget('End', 50, 100)).toBe(100);
    expect(seekKeyTarget('PageUp', 90, 100)).toBe(100);
    expect(seekKeyTarget('a', 50, 100)).toBeNull();
  });
});

describe('SeekSlider', () => {
  it('is a slider with spoken value text that seeks from the keyboard', async () => {
    const onSeek = vi.fn();
    const { container } = render(
      <SeekSlider value={80} max={295} onSeek={onSeek} labels={defaultAudioLabels} />,
    );
    const slider = screen.getByRole('slider', { name: 'Seek' });
    expect(slider).toHaveAttribute('aria-valuetext', '1 minute 20 seconds of 4 minutes 55 seconds');
    expect(slider).toHaveAttribute('aria-valuenow', '80');
    expect(slider).toHaveAttribute('aria-valuemax', '295');
    fireEvent.keyDown(slider, { key: 'End' });
    fireEvent.keyDown(slider, { key: 'PageDown' });
    fireEvent.keyDown(slider, { key: 'x' });
    expect(onSeek.mock.calls).toEqual([[295], [50]]);
    const { violations } = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(violations).toEqual([]);
  });

  it('is disabled while the duration is unknown (NaN or Infinity)', () => {
    const onSeek = vi.fn();
    render(
      <SeekSlider value={3} max={Number.POSITIVE_INFINITY} onSeek={onSeek} labels={defaultAudioLabels} />,
    );
    const slider = screen.getByRole('slider');
    expect(slider).toHaveAttribute('aria-disabled', 'true');
    expect(slider).toHaveAttribute('tabindex', '-1');
    expect(slider).toHaveAttribute('aria-valuetext', '3 seconds');
    fireEvent.keyDown(slider, { key: 'End' });
    expect(onSeek).not.toHaveBeenCalled();
  });
});
