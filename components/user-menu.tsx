import Link from "next/link";
import { t } from "@/lib/i18n";

/** Placeholder until sign-in exists: the auth work replaces it with the session-aware menu. */
export function UserMenu() {
  return (
    <Link href="/signin" className="user-menu__link">
      {t("userMenu.signIn")}
    </Link>
  );
}
