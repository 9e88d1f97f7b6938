// Publication-wide settings from the environment (see README, "Configuration").

export function getSiteName(): string {
  return process.env.SITE_NAME?.trim() || "Blattwerk";
}

/** Where the sidebar's "advertise with us" box sends enquiries. */
export function getContactEmail(): string {
  return process.env.SITE_CONTACT_EMAIL?.trim() || "redaktion@example.com";
}
