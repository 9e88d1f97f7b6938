import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { getLocale, t } from "@/lib/i18n";
import "./globals.css";
import { env } from "@/lib/env";
import { DEFAULT_SHARE_IMAGE } from "@/lib/seo";

// Fonts come from the installed @fontsource-variable packages, so builds need no network.
const serif = localFont({
  src: [
    {
      path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
      weight: "200 900",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2",
      weight: "200 900",
      style: "italic",
    },
  ],
  variable: "--font-serif",
  // "optional": the web font is used only if it arrives in the first ~100 ms, so the text never
  // jumps when it swaps in (no layout shift); repeat visits have it cached.
  display: "optional",
  fallback: ["Georgia", "Cambria", "Times New Roman", "serif"],
});

const sans = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-sans",
  // "optional": the web font is used only if it arrives in the first ~100 ms, so the text never
  // jumps when it swaps in (no layout shift); repeat visits have it cached.
  display: "optional",
  fallback: ["system-ui", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"],
});

// A function, not a constant, so SITE_NAME is read when the page renders, not when it builds.
export function generateMetadata(): Metadata {
  const siteName = env().SITE_NAME;
  return {
    // Relative canonical, OpenGraph and alternate URLs resolve against SITE_URL.
    metadataBase: new URL(`${env().siteUrl}/`),
    title: { template: `%s | ${siteName}`, default: siteName },
    description: t("site.description", { siteName }),
    applicationName: siteName,
    // Pages that build their own metadata (lib/seo.ts) replace these; the rest share the default.
    openGraph: { siteName, images: [{ ...DEFAULT_SHARE_IMAGE, alt: siteName }] },
    twitter: { card: "summary_large_image", images: [{ ...DEFAULT_SHARE_IMAGE, alt: siteName }] },
  };
}

export const viewport: Viewport = { themeColor: "#1f5c3d" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={getLocale()} className={`${serif.variable} ${sans.variable}`}>
      <body>{children}</body>
    </html>
  );
}
