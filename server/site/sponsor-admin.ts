import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { sponsors, type Sponsor } from "@/db/schema";
import type { SponsorInput } from "@/lib/sponsor-schema";
import { forbidden, notFound } from "@/server/http/errors";
import type { CurrentUser } from "@/server/accounts/session";

// Sponsor banners as managed content (admins). Reader pages read them via server/site/sponsors.ts.

function assertAdmin(user: CurrentUser): void {
  if (user.role !== "admin") throw forbidden("errors.forbidden", `user ${user.id} (${user.role}) manages sponsors`);
}

export async function listAllSponsors(user: CurrentUser): Promise<Sponsor[]> {
  assertAdmin(user);
  return db.select().from(sponsors).orderBy(asc(sponsors.position), asc(sponsors.sortOrder), asc(sponsors.id));
}

const columns = (input: SponsorInput) => ({
  title: input.title,
  text: input.text,
  url: input.url,
  imageUrl: input.imageUrl || null,
  position: input.position,
  activeFrom: input.activeFrom,
  activeTo: input.activeTo,
  sortOrder: input.sortOrder,
});

export async function createSponsor(user: CurrentUser, input: SponsorInput): Promise<void> {
  assertAdmin(user);
  await db.insert(sponsors).values(columns(input));
}

export async function updateSponsor(user: CurrentUser, id: number, input: SponsorInput): Promise<void> {
  assertAdmin(user);
  const rows = await db.update(sponsors).set(columns(input)).where(eq(sponsors.id, id)).returning({ id: sponsors.id });
  if (rows.length === 0) throw notFound(`sponsor ${id}`);
}

export async function deleteSponsor(user: CurrentUser, id: number): Promise<void> {
  assertAdmin(user);
  const rows = await db.delete(sponsors).where(eq(sponsors.id, id)).returning({ id: sponsors.id });
  if (rows.length === 0) throw notFound(`sponsor ${id}`);
}
