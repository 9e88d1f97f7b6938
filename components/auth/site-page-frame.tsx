import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site-frame";
import { formatYear } from "@/lib/format";
import { listCategories } from "@/server/articles/articles";
import { env } from "@/lib/env";
import { listMenu } from "@/server/site/menus";

/** The site's frame (header with user menu, footer) without the reader sidebar: sign-in, account, dashboard, 403. */
export async function SitePageFrame({ children }: { children: ReactNode }) {
  await connection();
  const [categories, header, footer] = await Promise.all([listCategories(), listMenu("header"), listMenu("footer")]);
  return (
    <SiteFrame
      siteName={env().SITE_NAME}
      categories={categories}
      menus={{ header, footer }}
      year={formatYear(new Date())}
    >
      {children}
    </SiteFrame>
  );
}
