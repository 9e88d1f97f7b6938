// Email addresses are stored trimmed and lower-cased. Only ASCII is accepted: that rules
// out homoglyph look-alikes (Cyrillic "а" in "pаypal.com"), invisible characters and
// internationalised addresses, which many mail servers still reject anyway.
export type EmailError = "emailRequired" | "emailInvalid" | "emailNotAscii";
export type EmailCheck = { ok: true; email: string } | { ok: false; error: EmailError };

const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export function normaliseEmail(raw: unknown): EmailCheck {
  const email = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  if (email === "") return { ok: false, error: "emailRequired" };
  // Printable ASCII only: no control characters, spaces, umlauts, Cyrillic or zero-width characters.
  if (!/^[\x21-\x7e]+$/.test(email))
    return { ok: false, error: /[^\x00-\x7f]/.test(email) ? "emailNotAscii" : "emailInvalid" };
  if (email.length > 254) return { ok: false, error: "emailInvalid" };
  const at = email.lastIndexOf("@");
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at < 1 || local.length > 64 || !LOCAL.test(local)) return { ok: false, error: "emailInvalid" };
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TLD.test(labels[labels.length - 1])) {
    return { ok: false, error: "emailInvalid" };
  }
  return { ok: true, email };
}
