import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("notFound.title") };

// notFound() from a dashboard page: inside the dashboard's frame, like its other pages.
export default function DashboardNotFound() {
  return <NotFoundMessage />;
}
