import { connection } from "next/server";
import type { ReactNode } from "react";
import { Sidebar } from "@/components/sidebar";
import { SiteFrame } from "@/components/site-frame";
import { formatYear } from "@/lib/format";
import { listArchiveMonths } from "@/server/articles/article-navigation";
import { listCategories } from "@/server/articles/articles";
import { listActiveSponsors } from "@/server/site/sponsors";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs } from "@/server/http/http-cache";
import { env } from "@/lib/env";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  await connection();
  const [categories, sponsors, archiveMonths] = await Promise.all([
    listCategories(),
    listActiveSponsors(),
    listArchiveMonths(),
  ]);
  await cacheAs("page", cacheKey.layout, cacheKey.months);
  return (
    <SiteFrame
      siteName={env().SITE_NAME}
      categories={categories}
      year={formatYear(new Date())}
      sidebar={<Sidebar sponsors={sponsors.sidebar} archiveMonths={archiveMonths} />}
    >
      {children}
    </SiteFrame>
  );
}
