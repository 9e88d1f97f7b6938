import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/auth/forms.module.css";
import { formatDateTime } from "@/lib/format";
import { t, texts } from "@/lib/i18n";
import { listOwnComments } from "@/server/accounts/account";
import { guardPage, requireUser } from "@/server/accounts/session";
import { getMailPreferences } from "@/server/mail/preferences";
import { MailPreferencesForm } from "./mail-preferences-form";
import { ChangeNameForm, ChangePasswordForm, DeleteAccountForm } from "./account-forms";
import { ChangeEmailForm, ResendConfirmationForm } from "./email-forms";
import { isEmailConfirmed } from "@/server/accounts/email-confirmation";
import { ProfilePhotoSection } from "./profile-photo-section";
import { BioForm } from "./profile-forms";
import { getOwnProfile } from "@/server/accounts/profile";
import { BIO_MAX_LENGTH } from "@/lib/limits";

export function generateMetadata(): Metadata {
  return { title: t("account.title"), robots: { index: false } };
}

type Search = { changed?: string; photo?: string; photoError?: string };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Search> }) {
  const formTexts = texts("fields.", "account.");
  const user = await guardPage(requireUser, "/account");
  const { changed, photo, photoError } = await searchParams;
  const isAuthor = user.role === "author" || user.role === "admin";
  const [comments, prefs, confirmed, profile] = await Promise.all([
    listOwnComments(user),
    getMailPreferences(user.id),
    isEmailConfirmed(user.id),
    getOwnProfile(user),
  ]);
  return (
    <div className={styles.page}>
      <h1>{t("account.title")}</h1>
      <p>{user.email}</p>

      <section className={styles.section} aria-labelledby="profile-title">
        <h2 id="profile-title">{t("account.profileTitle")}</h2>
        <ChangeNameForm t={formTexts} name={user.name ?? ""} />
        {isAuthor && <BioForm t={formTexts} bio={profile.bio} hint={t("account.bioHint", { max: BIO_MAX_LENGTH })} />}
      </section>

      <section className={styles.section} aria-labelledby="email-title">
        <h2 id="email-title">{t("account.emailTitle")}</h2>
        {confirmed ? null : <ResendConfirmationForm t={formTexts} />}
        <ChangeEmailForm t={formTexts} hasPassword={user.hasPassword} />
      </section>
      {isAuthor && (
        <ProfilePhotoSection photo={profile.photo} name={user.name ?? ""} saved={photo} error={photoError} />
      )}

      <section className={styles.section} aria-labelledby="password-title">
        <h2 id="password-title">{t("account.passwordTitle")}</h2>
        <p>{t("account.passwordHint")}</p>
        <ChangePasswordForm t={formTexts} hasPassword={user.hasPassword} saved={changed === "password"} />
      </section>

      <section className={styles.section} aria-labelledby="mail-title">
        <h2 id="mail-title">{t("mailPrefs.title")}</h2>
        <MailPreferencesForm
          t={texts("mailPrefs.")}
          notifyReplies={prefs.notifyRepliesDefault}
          alerts={user.role === "reader" ? null : prefs.moderationAlerts}
          alertsAll={user.role === "admin" ? prefs.moderationAlertsAll : null}
        />
      </section>

      <section className={styles.section} aria-labelledby="comments-title">
        <h2 id="comments-title">{t("account.commentsTitle")}</h2>
        {comments.length === 0 ? (
          <p>{t("account.noComments")}</p>
        ) : (
          <ul className="own-comments">
            {comments.map((c) => (
              <li key={c.id} data-comment-id={c.id}>
                <p>
                  <strong>{c.deleted ? t("account.status.trash") : t(`account.status.${c.status}`)}</strong> ·{" "}
                  <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt)}</time> · {t("account.on")}{" "}
                  <Link href={`/posts/${c.article.slug}`}>{c.article.title}</Link>
                </p>
                <blockquote>{c.body}</blockquote>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="export-title">
        <h2 id="export-title">{t("account.exportTitle")}</h2>
        <p>{t("account.exportText")}</p>
        <p>
          {/* A plain link: the route answers with a file download. */}
          <a href="/account/export" download>
            {t("account.exportLink")}
          </a>
        </p>
      </section>

      <section className={styles.section} aria-labelledby="delete-title">
        <h2 id="delete-title">{t("account.deleteTitle")}</h2>
        <p>{t("account.deleteText")}</p>
        <DeleteAccountForm t={formTexts} hasPassword={user.hasPassword} />
      </section>
    </div>
  );
}
