import { SiteHeaderPlaceholder } from "@/components/site-header-placeholder";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeaderPlaceholder />
      {children}
    </>
  );
}
