import Link from "next/link";
import { authMessages } from "@/lib/i18n/auth";

// Rendered with HTTP 403 by forbidden() (server/session.ts guardPage).
export default function Forbidden() {
  const t = authMessages().forbidden;
  return (
    <main className="forbidden-page">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <p>
        <Link href="/">{t.home}</Link>
      </p>
    </main>
  );
}
