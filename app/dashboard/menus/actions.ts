"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { menuItemSchema } from "@/lib/menu-schema";
import { defineAction } from "@/server/http/action";
import { addMenuItem, deleteMenuItem, moveMenuItem, updateMenuItem } from "@/server/site/menus";

// Public POST endpoints: defineAction admits admins only, and server/site/menus.ts checks again.
const idOf = (value: unknown) => z.coerce.number().int().positive().parse(value);

export const saveMenuItemAction = defineAction({
  name: "save-menu-item",
  schema: menuItemSchema,
  access: ["admin"],
  keep: ["menu", "label", "target", "url"],
  fieldErrors: { "menus.errors.targetMissing": "target" },
  async run(input, { user }, id: unknown) {
    if (id) await updateMenuItem(user, idOf(id), input);
    else await addMenuItem(user, input);
    redirect(`/dashboard/menus?saved=1#menu-${input.menu}`);
  },
});

const rowAction = defineAction({
  name: "menu-row",
  schema: z.object({ id: z.coerce.number().int().positive(), op: z.enum(["up", "down", "delete"]) }),
  access: ["admin"],
  async run(input, { user }) {
    if (input.op === "delete") await deleteMenuItem(user, input.id);
    else await moveMenuItem(user, input.id, input.op === "up" ? -1 : 1);
    redirect(`/dashboard/menus?${input.op === "delete" ? "deleted" : "moved"}=1`);
  },
});

/** Move and delete buttons: plain forms whose every success is a redirect. */
export async function menuRowAction(formData: FormData): Promise<void> {
  const state = await rowAction({}, formData);
  if (state.message) redirect(`/dashboard/menus?failed=1`);
}
