"use client";

import { usePathname } from "next/navigation";

/** A category link that marks itself as the current page (rendered on the server too). */
export function CategoryNavLink({ href, children }: { href: string; children: string }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <a href={href} aria-current={current ? "page" : undefined}>
      {children}
    </a>
  );
}
