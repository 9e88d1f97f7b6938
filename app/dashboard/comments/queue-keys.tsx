"use client";
import { useEffect, useRef, useSyncExternalStore } from "react";

const FOCUS_KEY = "blattwerk:queue-focus";
const ROWS = "tr[data-queue-row]";
/** Keys that press a control of the focused row marked with data-shortcut (buttons: a/u/s/t/d; links: r/e). */
const ROW_KEYS = ["a", "u", "s", "t", "d", "r", "e"];

export type ShortcutHelp = { title: string; open: string; close: string; keys: { key: string; text: string }[] };

const noSubscription = () => () => {};

function rows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(ROWS));
}

/**
 * WordPress's keyboard shortcuts for the comment queue: j/k move between rows; a/u/s/t/d press
 * the focused row's approve/unapprove/spam/trash/delete button (delete asks on a page of its
 * own); r/e open its reply or edit form; x ticks it for a bulk action; z presses the notice's
 * undo button; ? shows them all in a dialog. Without JavaScript the rows, buttons and the
 * shortcut list below the queue are still reached with Tab. `rowsKey` changes when the queue
 * re-renders after an action, so focus returns to the row where it was.
 */
export function QueueKeys({ rowsKey, help }: { rowsKey: string; help: ShortcutHelp }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  // The help button does nothing without JavaScript, so it appears only with it.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  useEffect(() => {
    const stored = sessionStorage.getItem(FOCUS_KEY);
    if (stored === null) return;
    sessionStorage.removeItem(FOCUS_KEY);
    const all = rows();
    all[Math.min(Number(stored), all.length - 1)]?.focus();
  }, [rowsKey]);

  useEffect(() => {
    function openHelp() {
      if (!dialog.current || dialog.current.open) return;
      opener.current = document.activeElement as HTMLElement | null;
      dialog.current.showModal();
    }
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (dialog.current?.open) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      if (event.key === "?") {
        event.preventDefault();
        openHelp();
        return;
      }
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
      if (key === "z") {
        const undo = document.querySelector<HTMLButtonElement>('button[data-shortcut="z"]');
        if (!undo) return;
        event.preventDefault();
        if (index >= 0) sessionStorage.setItem(FOCUS_KEY, String(index));
        undo.click();
        return;
      }
      if (!current) return;
      if (key === "x") {
        const box = current.querySelector<HTMLInputElement>('input[type="checkbox"][name="ids"]');
        if (!box) return;
        event.preventDefault();
        box.checked = !box.checked;
        return;
      }
      if (!ROW_KEYS.includes(key)) return;
      const control = current.querySelector<HTMLElement>(`[data-shortcut="${key}"]`);
      if (!control) return;
      event.preventDefault();
      if (control instanceof HTMLButtonElement) sessionStorage.setItem(FOCUS_KEY, String(index));
      control.click();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  function close() {
    dialog.current?.close();
  }

  return (
    <>
      {ready ? (
        <p>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => {
              opener.current = document.activeElement as HTMLElement | null;
              dialog.current?.showModal();
            }}
          >
            {help.open}
          </button>
        </p>
      ) : null}
      {/* A modal dialog: focus moves in, Escape closes it, and focus goes back to where it was. */}
      <dialog
        ref={dialog}
        aria-labelledby="shortcut-help-title"
        className="shortcut-help"
        onClose={() => opener.current?.focus()}
      >
        <h2 id="shortcut-help-title">{help.title}</h2>
        <dl className="shortcut-help__list">
          {help.keys.map(({ key, text }) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="button button--small" onClick={close} autoFocus>
          {help.close}
        </button>
      </dialog>
    </>
  );
}
