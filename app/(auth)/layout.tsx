import { SitePageFrame } from "@/components/auth/site-page-frame";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <SitePageFrame>{children}</SitePageFrame>;
}
