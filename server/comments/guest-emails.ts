import "server-only";
import { db } from "@/db/client";
import { guestEmails } from "@/db/schema";
import { refused } from "./comment-writes";
import { confirmedEmail } from "./guest-tokens";

/**
 * The guest clicked the link mailed on her comment: her address is hers. From now on an
 * earlier approved comment under it lets her next ones through (guest-comment-writes.ts).
 * Idempotent: a second click changes nothing.
 */
export async function confirmGuestEmail(email: string, expires: string, signature: string): Promise<void> {
  const confirmed = confirmedEmail(email, expires, signature);
  if (!confirmed) throw refused("form_expired");
  await db.insert(guestEmails).values({ email: confirmed }).onConflictDoNothing();
}
