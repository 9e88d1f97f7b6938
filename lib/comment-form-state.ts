import type { FormState } from "@/lib/form-state";

// The state a comment form shows after a failed submit: the message, the field error, and the
// text as typed, so nothing a reader wrote is lost.
export type CommentFormState = FormState<"body" | "name" | "email" | "url">;
