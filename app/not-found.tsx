import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("notFound.title") };

// The root boundary, which Next renders into the payload of every page, so it stays small:
// reader URLs that match nothing reach app/(site)/[...legacy] and its not-found page inside
// the site's frame, the dashboard has its own; this covers the rest (e.g. /_next/… files).
export default function NotFound() {
  return (
    <main id="main" className="container site-main">
      <NotFoundMessage />
    </main>
  );
}
