import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";
import { SiteFrame } from "@/components/site-frame";
import { formatYear } from "@/lib/format";
import { t } from "@/lib/i18n";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: t("notFound.title") };

// URLs that match no route. Rendered without the database (it may be prerendered at build
// time), so the frame has no category links; app/(site)/not-found.tsx covers reader pages.
export default function NotFound() {
  return (
    <SiteFrame siteName={env().SITE_NAME} categories={[]} year={formatYear(new Date())}>
      <NotFoundMessage />
    </SiteFrame>
  );
}
