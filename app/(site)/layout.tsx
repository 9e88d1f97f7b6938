import { connection } from "next/server";
import type { ReactNode } from "react";
import { Sidebar } from "@/components/sidebar";
import { SiteFrame } from "@/components/site-frame";
import { formatYear } from "@/lib/format";
import { getSiteData } from "@/server/site/site-data";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs } from "@/server/http/http-cache";
import { env } from "@/lib/env";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  await connection();
  const {
    categories,
    sponsors,
    archiveMonths,
    menus: { header, footer },
  } = await getSiteData();
  // Menus are part of `layout`; a linked article's rename is announced by its own key.
  const linkedArticles = [...header, ...footer].flatMap((l) => (l.articleId ? [cacheKey.article(l.articleId)] : []));
  await cacheAs("page", cacheKey.layout, cacheKey.months, ...linkedArticles);
  return (
    <SiteFrame
      siteName={env().SITE_NAME}
      categories={categories}
      menus={{ header, footer }}
      year={formatYear(new Date())}
      sidebar={<Sidebar sponsors={sponsors.sidebar} archiveMonths={archiveMonths} />}
    >
      {children}
    </SiteFrame>
  );
}
