import type { ComponentChildren } from 'preact';

import { STYLESHEET } from './styles.ts';

export interface LayoutProps {
  /** The page title and its heading. */
  title: string;
  children: ComponentChildren;
}

/** The frame of every page: head, brand line, heading. */
export function Layout({ title, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Pathlight`}</title>
        <style dangerouslySetInnerHTML={{ __html: STYLESHEET }} />
      </head>
      <body>
        <main>
          <header>
            <p class="brand">Pathlight</p>
            <h1>{title}</h1>
          </header>
          {children}
        </main>
      </body>
    </html>
  );
}
