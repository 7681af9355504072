import type { ComponentChildren } from 'preact';

import { Layout } from './layout.tsx';

/** A page that only says something: the landing page, a refused link, a missing page. */
export function MessagePage({ title, children }: { title: string; children: ComponentChildren }) {
  return <Layout title={title}>{children}</Layout>;
}

/** `GET /`: what this server is, and where dashboards are. No organisation data. */
export function LandingPage() {
  return (
    <MessagePage title="Pathlight backend">
      <p>
        This server receives anonymised usage counts from the Pathlight browser extension and shows
        each organisation's dashboard to its Odoo partner.
      </p>
      <p>
        Dashboards live at <code>/orgs/&lt;organisation&gt;?token=&lt;read token&gt;</code>. Use the
        link you were given; ask whoever runs Pathlight for your organisation if you have none.
      </p>
    </MessagePage>
  );
}

/** Why a dashboard link was refused, and how to get a working one. */
export function AccessDeniedPage({ reason }: { reason: string }) {
  return (
    <MessagePage title="This dashboard link does not work">
      <p>{reason}</p>
      <p>
        A dashboard link looks like <code>/orgs/&lt;organisation&gt;?token=&lt;read token&gt;</code>
        . Ask whoever runs Pathlight for your organisation to send you the current link.
      </p>
    </MessagePage>
  );
}

/** A link whose parameters do not work: what is wrong with which value, and a way back. */
export function BadLinkPage({
  message,
  back,
}: {
  message: string;
  back: { label: string; href: string };
}) {
  return (
    <MessagePage title="This link has a value that does not work">
      <p>{message}.</p>
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </MessagePage>
  );
}

/** A page that is not there for the week asked, with a way back. */
export function NotFoundHerePage({
  title,
  message,
  back,
}: {
  title: string;
  message: string;
  back: { label: string; href: string };
}) {
  return (
    <MessagePage title={title}>
      <p>{message}</p>
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </MessagePage>
  );
}
