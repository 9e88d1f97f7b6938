import { t } from "@/lib/i18n";
import { getCurrentUser } from "@/server/accounts/session";
import { signOutAction } from "@/server/accounts/sign-out-action";

/** "Anmelden" for visitors; name, Konto, Dashboard (authors and admins) and Abmelden (a form, never a link) when signed in. */
export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <nav aria-label={t("nav.userMenu")} className="user-menu">
        <a href="/signin" className="user-menu__link">
          {t("nav.signIn")}
        </a>
      </nav>
    );
  }
  return (
    <nav aria-label={t("nav.userMenu")} className="user-menu">
      <span className="user-menu__name">{user.name ?? user.email}</span>
      <ul className="user-menu__list">
        <li>
          <a href="/account">{t("nav.account")}</a>
        </li>
        {user.role === "author" || user.role === "admin" ? (
          <li>
            <a href="/dashboard">{t("nav.dashboard")}</a>
          </li>
        ) : null}
        <li>
          <form action={signOutAction}>
            <button type="submit" className="user-menu__sign-out">
              {t("nav.signOut")}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
