// A `datetime-local` value ("2026-05-01T10:30") is a wall-clock time without a zone: the
// site's time zone (SITE_TIMEZONE) gives it its meaning. Intl has no parser, so the zone's
// offset is read back from a formatter.

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-05-01T10:30" in `timeZone` → the instant; null for anything else. */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== day) return null;
  // Two passes settle the offset across a daylight-saving change.
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone);
  return new Date(instant);
}

/** The instant as a `datetime-local` value in `timeZone` ("2026-05-01T10:30"). */
export function toLocalDateTime(date: Date, timeZone: string): string {
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offsetMs(date.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}
