import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site-frame";
import { formatYear } from "@/lib/format";
import { getSiteName } from "@/lib/site";
import { listCategories } from "@/server/articles/articles";
import { listMenu } from "@/server/site/menus";

/** The site's frame (header with user menu, footer) without the reader sidebar: sign-in, account, dashboard, 403. */
export async function SitePageFrame({ children }: { children: ReactNode }) {
  await connection();
  const [categories, header, footer] = await Promise.all([listCategories(), listMenu("header"), listMenu("footer")]);
  return (
    <SiteFrame
      siteName={getSiteName()}
      categories={categories}
      menus={{ header, footer }}
      year={formatYear(new Date())}
    >
      {children}
    </SiteFrame>
  );
}
