"use client";

import { errorPagesDe, errorPagesEn } from "@/lib/i18n/error-pages";

// Shown when a page fails to render, most often because the database is unreachable. Next
// renders error boundaries only in the browser: on a full page load the front server answers
// with its own page instead (503 when /api/health reports the database down or busy, see
// front/server.ts); this covers navigations within the site. Plain links: no state to reset.
export default function ErrorPage() {
  // A client component cannot read the configuration: the page's lang attribute (SITE_LOCALE) tells.
  const lang = typeof document === "undefined" ? undefined : document.documentElement.lang;
  const m = lang === "en" ? errorPagesEn : errorPagesDe;
  return (
    <main id="main" className="container site-main">
      <title>{m["errorPage.title"]}</title>
      <div className="not-found">
        <p className="kicker">{m["errorPage.kicker"]}</p>
        <h1 className="page-title">{m["errorPage.heading"]}</h1>
        <p>{m["errorPage.text"]}</p>
        <p>
          <a className="button" href="">
            {m["errorPage.retry"]}
          </a>{" "}
          <a href="/">{m["errorPage.home"]}</a>
        </p>
      </div>
    </main>
  );
}
