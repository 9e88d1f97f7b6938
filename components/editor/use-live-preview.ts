"use client";
import { useCallback, useEffect, useRef, useState } from "react";

const DELAY_MS = 400;

/**
 * The preview as the author types: the text goes to /dashboard/preview (renderMarkdown on the
 * server, the article page's renderer) at most every DELAY_MS; an answer to an older text
 * never replaces a newer one. `html` is null until the first answer (and after `reset`).
 */
export function useLivePreview() {
  const [html, setHtml] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sequence = useRef(0);

  useEffect(() => () => clearTimeout(timer.current), []);

  const request = useCallback((text: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const mine = ++sequence.current;
      fetch("/dashboard/preview", {
        method: "POST",
        body: text,
        headers: { "content-type": "text/plain;charset=utf-8", accept: "application/json" },
      })
        .then((response) => (response.ok ? (response.json() as Promise<{ html: string }>) : null))
        .then((result) => {
          if (result && mine === sequence.current) setHtml(result.html);
        })
        .catch(() => {
          // Offline or signed out: the "Vorschau" button still works.
        });
    }, DELAY_MS);
  }, []);

  const reset = useCallback(() => {
    clearTimeout(timer.current);
    sequence.current++;
    setHtml(null);
  }, []);

  return { html, request, reset };
}
