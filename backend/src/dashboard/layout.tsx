import type { ComponentChildren } from 'preact';

import { STYLESHEET } from './styles.ts';

/** A link back up, shown above the heading. */
export interface Crumb {
  label: string;
  href: string;
}

export interface LayoutProps {
  /** The page title and its heading. */
  title: string;
  /** The pages above this one, outermost first. Default none. */
  crumbs?: Crumb[];
  /** A line under the heading: the week, the cohort. Default none. */
  subtitle?: ComponentChildren;
  /** Room for wide tables: a wider column on large screens. Default false. */
  wide?: boolean;
  children: ComponentChildren;
}

/** The frame of every page: head, brand line, the way back up, heading. */
export function Layout({ title, crumbs = [], subtitle, wide = false, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Pathlight`}</title>
        <style dangerouslySetInnerHTML={{ __html: STYLESHEET }} />
      </head>
      <body>
        <main class={wide ? 'wide' : undefined}>
          <header>
            <p class="brand">Pathlight</p>
            {crumbs.length > 0 && (
              <nav class="crumbs" aria-label="Where you are">
                {crumbs.map((crumb, index) => (
                  <>
                    {index > 0 && ' › '}
                    <a href={crumb.href}>{crumb.label}</a>
                  </>
                ))}
              </nav>
            )}
            <h1>{title}</h1>
            {subtitle && <p class="subtitle">{subtitle}</p>}
          </header>
          {children}
        </main>
      </body>
    </html>
  );
}
