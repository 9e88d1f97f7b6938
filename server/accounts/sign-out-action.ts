"use server";
import { z } from "zod";
import { signOut } from "@/auth";
import { defineAction } from "@/server/http/action";

// The user menu's (components/user-menu.tsx) one action, here rather than inline in the shared
// component. Sign-out is a POST (a form), never a link: a GET must not change state, and a link
// can be triggered by any page that embeds it. Auth.js's signOut event bumps the session
// version. Public: it only ends the caller's own session, a banned one's too.
const signOutForm = defineAction({
  name: "sign-out",
  schema: z.object({}),
  access: "public",
  async run() {
    await signOut({ redirectTo: "/" });
  },
});

export async function signOutAction(formData: FormData): Promise<void> {
  await signOutForm({}, formData);
}
