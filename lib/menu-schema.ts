import { z } from "zod";

// What the menu editor posts. A target is a category, page or article by id, or an external
// http(s) address; messages are keys of lib/i18n/de.ts.

export const MENU_LABEL_MAX_LENGTH = 80;

export const menuItemSchema = z
  .object({
    menu: z.enum(["header", "footer"], "menus.errors.menuInvalid"),
    label: z
      .string()
      .trim()
      .min(1, "menus.errors.labelRequired")
      .max(MENU_LABEL_MAX_LENGTH, "menus.errors.labelTooLong"),
    // "page:12", "category:3", "article:7" or "url".
    target: z.string().regex(/^(?:(?:category|page|article):[1-9]\d{0,9}|url)$/, "menus.errors.targetMissing"),
    url: z.string().trim().max(500, "menus.errors.urlInvalid").optional().default(""),
  })
  .transform((input, ctx) => {
    const [kind, id] = input.target.split(":");
    if (kind === "url") {
      if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(input.url)) {
        ctx.addIssue({ code: "custom", path: ["url"], message: "menus.errors.urlInvalid" });
        return z.NEVER;
      }
      return { menu: input.menu, label: input.label, target: "url" as const, targetId: null, url: input.url };
    }
    return {
      menu: input.menu,
      label: input.label,
      target: kind as "category" | "page" | "article",
      targetId: Number(id),
      url: null,
    };
  });

export type MenuItemInput = z.output<typeof menuItemSchema>;
