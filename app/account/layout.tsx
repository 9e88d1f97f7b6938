import { SiteHeaderPlaceholder } from "@/components/site-header-placeholder";

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeaderPlaceholder />
      {children}
    </>
  );
}
