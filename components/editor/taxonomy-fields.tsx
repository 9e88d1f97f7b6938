import styles from "@/components/auth/forms.module.css";
import { Errors } from "./field-errors";

type Props = {
  texts: Record<string, string>;
  categories: { id: number; name: string }[];
  value: (field: "categoryId" | "tags") => string;
  described: (field: string, hint?: boolean) => string | undefined;
  invalid: (field: string) => true | undefined;
  errors: Partial<Record<string, string[]>>;
};

/** An article's category and tags (pages have neither). */
export function TaxonomyFields({ texts, categories, value, described, invalid, errors }: Props) {
  return (
    <>
      <div className={styles.field}>
        <label htmlFor="article-category">{texts["editor.category"]}</label>
        <select
          id="article-category"
          name="categoryId"
          defaultValue={value("categoryId")}
          aria-invalid={invalid("categoryId")}
          aria-describedby={described("categoryId")}
        >
          <option value="">{texts["editor.categoryChoose"]}</option>
          {categories.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.name}
            </option>
          ))}
        </select>
        <Errors id="article-categoryId-error" errors={errors.categoryId} />
      </div>
      <div className={styles.field}>
        <label htmlFor="article-tags">{texts["editor.tags"]}</label>
        <input
          id="article-tags"
          name="tags"
          defaultValue={value("tags")}
          aria-invalid={invalid("tags")}
          aria-describedby={described("tags", true)}
        />
        <p id="article-tags-hint" className={styles.hint}>
          {texts["editor.tagsHint"]}
        </p>
        <Errors id="article-tags-error" errors={errors.tags} />
      </div>
    </>
  );
}
