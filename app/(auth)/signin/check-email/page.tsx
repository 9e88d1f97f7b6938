import type { Metadata } from "next";
import styles from "@/components/auth/forms.module.css";
import { authMessages } from "@/lib/i18n/auth";

export function generateMetadata(): Metadata {
  return { title: authMessages().signIn.checkEmailTitle, robots: { index: false } };
}

export default function CheckEmailPage() {
  const t = authMessages();
  return (
    <div className={styles.page}>
      <h1>{t.signIn.checkEmailTitle}</h1>
      <p>{t.signIn.checkEmailText}</p>
    </div>
  );
}
