import { t } from "@/lib/i18n";
import { MAX_QUERY_LENGTH } from "@/lib/search-query";

/**
 * A plain GET form to /search: works without JavaScript. `id` keeps label and input paired
 * when the header box and the search page's own box are on one page.
 */
export function SearchForm({
  id,
  defaultValue,
  variant,
}: {
  id: string;
  defaultValue?: string;
  variant: "header" | "page";
}) {
  return (
    <form
      role="search"
      action="/search"
      method="get"
      className={`search-form search-form--${variant}`}
      aria-label={variant === "header" ? t("search.label") : undefined}
    >
      <label htmlFor={id} className={variant === "header" ? "visually-hidden" : "search-form__label"}>
        {t("search.inputLabel")}
      </label>
      <input
        id={id}
        className="search-form__input"
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t("search.placeholder")}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
      />
      <button type="submit" className="search-form__button">
        {t("search.submit")}
      </button>
    </form>
  );
}
