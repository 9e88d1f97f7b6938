"use client";
import { useTransition, type FormEvent, type ReactNode } from "react";

/**
 * The queue's form. Without JavaScript it posts to the route handler ./moderate; with
 * JavaScript it calls the server action instead, whose redirect is a soft navigation.
 */
export function QueueForm({
  action,
  className,
  children,
}: {
  action: (formData: FormData) => Promise<void>;
  className?: string;
  children: ReactNode;
}) {
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(formData));
  }
  return (
    <form
      method="post"
      action="/dashboard/comments/moderate"
      onSubmit={onSubmit}
      className={className}
      aria-busy={pending || undefined}
    >
      {children}
    </form>
  );
}
