'use client';

import { useState } from 'react';
import { classNames } from '../internal/class-names.js';
import { MoonIcon, SunIcon, SystemIcon } from './theme-icons.js';
import { useTheme } from './theme-provider.js';
import { getSystemTheme, nextThemePreference, type ThemePreference } from './theme-store.js';

/** Words the toggle speaks and shows; override them to translate. */
export interface ThemeToggleLabels {
  /** Default `'Theme'`. */
  theme: string;
  light: string;
  dark: string;
  system: string;
}

const defaultLabels: ThemeToggleLabels = { theme: 'Theme', light: 'Light', dark: 'Dark', system: 'System' };

/** Props of {@link ThemeToggle}. */
export interface ThemeToggleProps {
  /** Show the words next to the icon instead of only to screen readers. Default `false`. */
  showLabel?: boolean;
  /** Texts, for another language: pass only the ones you change. Default: English (Theme, Light, Dark, System). */
  labels?: Partial<ThemeToggleLabels>;
  /** Extra class names on the button. Default: none (only `inkwell-theme-toggle`). */
  className?: string;
}

const options: ThemePreference[] = ['light', 'dark', 'system'];

/**
 * A button that moves through light, dark and system themes. Its icon and accessible name
 * ("Theme: Dark") are picked by CSS from `<html data-theme-preference>`, so they are right from the
 * first paint even before React hydrates; the change is also announced politely.
 *
 * @example
 * ```tsx
 * <ThemeToggle />
 * <ThemeToggle showLabel labels={{ theme: 'Thème', light: 'Clair', dark: 'Sombre', system: 'Système' }} />
 * ```
 */
export function ThemeToggle({ showLabel = false, labels, className }: ThemeToggleProps) {
  const words = { ...defaultLabels, ...labels };
  const { preference, setPreference } = useTheme();
  const [announcement, setAnnouncement] = useState('');

  const toggle = () => {
    const next = nextThemePreference(preference ?? 'system', getSystemTheme());
    setPreference(next);
    setAnnouncement(`${words.theme}: ${words[next]}`);
  };

  return (
    <>
      <button
        type="button"
        className={classNames('inkwell-theme-toggle', className)}
        data-show-label={showLabel ? '' : undefined}
        onClick={toggle}
      >
        <SunIcon className="inkwell-theme-toggle__icon" data-theme-option="light" />
        <MoonIcon className="inkwell-theme-toggle__icon" data-theme-option="dark" />
        <SystemIcon className="inkwell-theme-toggle__icon" data-theme-option="system" />
        <span className={showLabel ? 'inkwell-theme-toggle__label' : 'inkwell-visually-hidden'}>
          {`${words.theme}: `}
          {options.map((option) => (
            <span key={option} data-theme-option={option}>
              {words[option]}
            </span>
          ))}
        </span>
      </button>
      <span role="status" className="inkwell-visually-hidden">
        {announcement}
      </span>
    </>
  );
}
