import '@inkwell/react/styles.css';
import { themeScript } from '@inkwell/react';
import type { ReactNode } from 'react';
import { Chrome } from './chrome';

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: trusted build-time HTML, as in a user's app */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <Chrome>{children}</Chrome>
      </body>
    </html>
  );
}
