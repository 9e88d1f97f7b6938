"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { emailField } from "@/lib/auth-schemas";
import { defineAction } from "@/server/http/action";
import { deleteGuestComments, requestGuestData } from "@/server/privacy/guest-data";

// Public: a guest has no account. Who may act is decided by the mailed link's token
// (server/privacy/guest-data.ts), checked in the domain call on every post.

export const requestGuestDataAction = defineAction({
  name: "guest-data-request",
  schema: z.object({ email: emailField }),
  access: "public",
  keep: ["email"],
  async run(input, { address }) {
    await requestGuestData(input.email, address);
    // The same answer whether comments exist for the address or not.
    redirect("/meine-daten?gesendet=1");
  },
});

export const deleteGuestDataAction = defineAction({
  name: "guest-data-delete",
  schema: z.object({
    token: z.string().min(1, "guestDataLinkInvalid").max(200, "guestDataLinkInvalid"),
    confirm: z.literal("yes", { error: "guestDataConfirm" }),
  }),
  access: "public",
  hiddenFields: ["token"],
  async run(input) {
    await deleteGuestComments(input.token);
    redirect("/meine-daten/zugang?geloescht=1");
  },
});
