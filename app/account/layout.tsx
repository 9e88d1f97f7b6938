import { SitePageFrame } from "@/components/auth/site-page-frame";

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <SitePageFrame>{children}</SitePageFrame>;
}
