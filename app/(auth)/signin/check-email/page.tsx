import type { Metadata } from "next";
import styles from "@/components/auth/forms.module.css";
import { t } from "@/lib/i18n";

export function generateMetadata(): Metadata {
  return { title: t("signIn.checkEmailTitle"), robots: { index: false } };
}

export default function CheckEmailPage() {
  return (
    <div className={styles.page}>
      <h1>{t("signIn.checkEmailTitle")}</h1>
      <p>{t("signIn.checkEmailText")}</p>
    </div>
  );
}
