"use client";

import { useEffect, useRef } from "react";

/** A random idempotency key; randomUUID exists only on https and localhost. */
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * For the hidden idempotency-key field of a form. The front server may serve the same cached
 * page twice (two tabs), and with it the same key: with JavaScript every page view sends a key
 * of its own instead, kept for retries of the same post and renewed whenever the server
 * renders the form with a new key. Without JavaScript the server's key is sent.
 */
export function usePerViewKey(serverKey: string | undefined) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current && serverKey) input.current.value = newKey();
  }, [serverKey]);
  return input;
}
