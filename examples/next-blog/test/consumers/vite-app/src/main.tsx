import '@inkwell/react/styles.css';
import { FloatingNav, ProgressBar, ThemeProvider, ThemeToggle } from '@inkwell/react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <ThemeProvider>
    <ProgressBar />
    <h1>Vite consumer</h1>
    <ThemeToggle />
    <FloatingNav search={{ indexUrl: '/search-index.json' }} />
  </ThemeProvider>,
);
