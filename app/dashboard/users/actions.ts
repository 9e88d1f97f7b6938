"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { banSchema, roleSchema } from "@/lib/auth-schemas";
import { defineAction } from "@/server/http/action";
import { banUser, changeUserRole, unbanUser } from "@/server/accounts/users";

// Each action is a public POST endpoint: defineAction checks for an admin on every call,
// and server/accounts/users.ts checks again before writing.
const userId = (id: unknown) => z.string().min(1).max(100).parse(id);

export const changeRoleAction = defineAction({
  name: "change-role",
  schema: roleSchema,
  access: ["admin"],
  async run(input, { user, t }, id: unknown) {
    await changeUserRole(user, userId(id), input.role);
    revalidatePath("/dashboard/users");
    return { ok: true, message: t("users.roleChanged") };
  },
});

export const banUserAction = defineAction({
  name: "ban-user",
  schema: banSchema,
  access: ["admin"],
  keep: ["reason"],
  fieldErrors: {},
  async run(input, { user, t }, id: unknown) {
    await banUser(user, userId(id), input.reason);
    revalidatePath("/dashboard/users");
    return { ok: true, message: t("users.banned") };
  },
});

export const unbanUserAction = defineAction({
  name: "unban-user",
  schema: z.object({}),
  access: ["admin"],
  async run(_input, { user, t }, id: unknown) {
    await unbanUser(user, userId(id));
    revalidatePath("/dashboard/users");
    return { ok: true, message: t("users.unbanned") };
  },
});
