import Link from "next/link";
import { UserMenu } from "./user-menu";

// Until the auth branch meets main's site header: a bare header with the user menu.
export function SiteHeaderPlaceholder() {
  return (
    <header className="site-header">
      <Link href="/">Blattwerk</Link>
      <UserMenu />
    </header>
  );
}
