// The one-click unsubscribe link of reply notifications carries its own proof (an HMAC of the
// comment id under the site's secret), so it works without signing in and cannot be guessed.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getMailSigningSecret } from "@/lib/site";

export function signUnsubscribe(commentId: number): string {
  return createHmac("sha256", getMailSigningSecret()).update(`unsubscribe:reply:${commentId}`).digest("base64url");
}

export function verifyUnsubscribe(commentId: number, signature: string): boolean {
  const expected = Buffer.from(signUnsubscribe(commentId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
