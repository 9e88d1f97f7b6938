import type { Metadata } from "next";
import styles from "@/components/auth/forms.module.css";
import { ActionButton } from "@/components/editor/action-button";
import { getMessages, t } from "@/lib/i18n";
import { toLocalDateTime } from "@/lib/zoned-time";
import { listAllSponsors } from "@/server/site/sponsor-admin";
import { guardPage, requireRole } from "@/server/accounts/session";
import { createSponsorAction, deleteSponsorAction, updateSponsorAction } from "./actions";
import { SponsorForm } from "./sponsor-form";
import { env } from "@/lib/env";

export function generateMetadata(): Metadata {
  return { title: t("sponsorAdmin.title"), robots: { index: false } };
}

export default async function SponsorsPage() {
  const admin = await guardPage(() => requireRole("admin"), "/dashboard/sponsors");
  const rows = await listAllSponsors(admin);
  const texts = Object.fromEntries(
    Object.entries(getMessages()).filter(([k, v]) => k.startsWith("sponsorAdmin.") && typeof v === "string"),
  ) as Record<string, string>;
  const zone = env().SITE_TIMEZONE;
  const local = (d: Date | null) => (d ? toLocalDateTime(d, zone) : "");
  return (
    <div>
      <h1>{t("sponsorAdmin.title")}</h1>
      <section className={styles.section} aria-labelledby="sponsor-new">
        <h2 id="sponsor-new">{t("sponsorAdmin.new")}</h2>
        <SponsorForm
          action={createSponsorAction}
          texts={texts}
          prefix="sponsor-new"
          submitLabel={t("sponsorAdmin.create")}
          initial={{
            title: "",
            text: "",
            url: "",
            imageUrl: "",
            position: "sidebar",
            activeFrom: "",
            activeTo: "",
            sortOrder: "0",
          }}
        />
      </section>
      {rows.length === 0 ? <p>{t("sponsorAdmin.none")}</p> : null}
      {rows.map((s) => (
        <section key={s.id} className={styles.section} aria-label={s.title}>
          <h2>{s.title}</h2>
          <SponsorForm
            action={updateSponsorAction.bind(null, s.id)}
            texts={texts}
            prefix={`sponsor-${s.id}`}
            submitLabel={t("sponsorAdmin.save")}
            initial={{
              title: s.title,
              text: s.text,
              url: s.url,
              imageUrl: s.imageUrl ?? "",
              position: s.position,
              activeFrom: local(s.activeFrom),
              activeTo: local(s.activeTo),
              sortOrder: String(s.sortOrder),
            }}
          />
          <ActionButton
            action={deleteSponsorAction.bind(null, s.id)}
            label={t("sponsorAdmin.delete")}
            variant="danger"
          />
        </section>
      ))}
    </div>
  );
}
