'use client';
import { AudioProvider, FloatingAudioPlayer, FloatingNav, ThemeProvider, ThemeToggle } from '@inkwell/react';
import type { ReactNode } from 'react';

export function Chrome({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider>
      <AudioProvider>
        <ThemeToggle />
        {children}
        <FloatingAudioPlayer />
        <FloatingNav search={{ indexUrl: '/search-index.json' }} />
      </AudioProvider>
    </ThemeProvider>
  );
}
