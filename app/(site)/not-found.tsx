import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";
import { t } from "@/lib/i18n";
import { isMarkedGone } from "@/server/http/http-cache";

export const metadata: Metadata = { title: t("notFound.title") };

// notFound() from a reader page: rendered inside the site layout (navigation, sidebar).
export default function SiteNotFound() {
  return <NotFoundMessage gone={isMarkedGone()} />;
}
