"use client";
import { useEffect } from "react";

const FOCUS_KEY = "blattwerk:queue-focus";
const ROWS = "tr[data-queue-row]";

function rows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(ROWS));
}

/**
 * WordPress's keyboard shortcuts for the comment queue: j/k move between rows, a/u/s/t
 * press the focused row's approve/unapprove/spam/trash button. Without JavaScript the rows
 * and buttons are still reached with Tab. `rowsKey` changes when the queue re-renders after
 * an action, so focus returns to the row where it was.
 */
export function QueueKeys({ rowsKey }: { rowsKey: string }) {
  useEffect(() => {
    const stored = sessionStorage.getItem(FOCUS_KEY);
    if (stored === null) return;
    sessionStorage.removeItem(FOCUS_KEY);
    const all = rows();
    all[Math.min(Number(stored), all.length - 1)]?.focus();
  }, [rowsKey]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const all = rows();
      const current = target?.closest<HTMLElement>(ROWS) ?? null;
      const index = current ? all.indexOf(current) : -1;
      const key = event.key.toLowerCase();
      if (key === "j" || key === "k") {
        const next = all[key === "j" ? Math.min(index + 1, all.length - 1) : Math.max(index - 1, 0)];
        if (next) {
          event.preventDefault();
          next.focus();
        }
        return;
      }
      if (!current || !["a", "u", "s", "t"].includes(key)) return;
      const button = current.querySelector<HTMLButtonElement>(`button[data-shortcut="${key}"]`);
      if (!button) return;
      event.preventDefault();
      sessionStorage.setItem(FOCUS_KEY, String(index));
      button.click();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return null;
}
