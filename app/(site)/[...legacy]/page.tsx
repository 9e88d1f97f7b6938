import { notFound, permanentRedirect } from "next/navigation";
import { findLegacyRedirect } from "@/server/discovery/legacy-redirects";

// Every path no other route takes ends here: an old WordPress address of imported content is
// answered with a permanent redirect (308, which the front server sends as 301), anything
// else with the site's "not found" page, as before this route existed.
type Props = {
  params: Promise<{ legacy: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function LegacyAddress({ params, searchParams }: Props) {
  const { legacy } = await params;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") query.set(key, value);
  const target = await findLegacyRedirect(
    `/${legacy.map((segment) => encodeURIComponent(decodeSafely(segment))).join("/")}?${query.toString()}`,
  );
  if (target) permanentRedirect(target);
  notFound();
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
