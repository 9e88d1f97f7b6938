import { t, tp, type PluralKey, type TextKey } from "@/lib/i18n";
import { QUEUE_ACTIONS } from "@/lib/moderation-ui";

type Raw = string | string[] | undefined;
const first = (v: Raw) => (Array.isArray(v) ? v[0] : v);

const COUNTED = new Set<string>([...QUEUE_ACTIONS, "ban"]);
const PLAIN = new Set<string>(["edit", "reply", "closed", "opened", "settings"]);

/** The confirmation an action redirected with (`?done=approve&n=3`); unknown values show nothing. */
export function Notice({ done, n }: { done: Raw; n: Raw }) {
  const key = first(done);
  if (!key) return null;
  const count = Math.max(0, Number(first(n)) || 0);
  const text = COUNTED.has(key)
    ? tp(`dash.done.${key}` as PluralKey, count)
    : PLAIN.has(key)
      ? t(`dash.done.${key}` as TextKey)
      : null;
  if (!text) return null;
  return (
    <p role="status" className="dashboard-notice">
      {text}
    </p>
  );
}
