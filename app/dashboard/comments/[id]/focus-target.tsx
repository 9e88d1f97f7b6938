"use client";
import { useEffect } from "react";

/**
 * The queue's "r" and "e" keys link here with #reply-body or #edit-body: put the cursor into
 * that field, as WordPress's inline reply and quick edit do (a fragment only scrolls to it).
 */
export function FocusTarget() {
  useEffect(() => {
    const id = window.location.hash.slice(1);
    if (!/^(?:reply|edit)-body$/.test(id)) return;
    document.getElementById(id)?.focus();
  }, []);
  return null;
}
