import { SitePageFrame } from "@/components/auth/site-page-frame";

// Personal pages (a mailed link, a form's answer): the site's frame without the reader sidebar,
// and no cacheAs, so no shared cache keeps them.
export default function GuestDataLayout({ children }: { children: React.ReactNode }) {
  return <SitePageFrame>{children}</SitePageFrame>;
}
