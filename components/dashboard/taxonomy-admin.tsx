import styles from "@/components/auth/forms.module.css";
import { DeleteTaxonomyForm, TaxonomyForm } from "@/components/dashboard/taxonomy-forms";
import type { FormState } from "@/lib/form-state";
import { getMessages, t, tp } from "@/lib/i18n";

type BoundAction = (state: FormState, formData: FormData) => Promise<FormState>;
type Row = { id: number; name: string; slug: string; description: string | null; articleCount: number };

function texts(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(getMessages()).filter(([key, value]) => key.startsWith("taxonomy.") && typeof value === "string"),
  ) as Record<string, string>;
}

/** The categories or tags page: a create form and, per entry, edit and delete. */
export function TaxonomyAdmin(props: {
  kind: "category" | "tag";
  rows: Row[];
  create: BoundAction;
  update: (id: number) => BoundAction;
  remove: (id: number) => BoundAction;
}) {
  const { kind, rows } = props;
  const all = texts();
  const isCategory = kind === "category";
  return (
    <div>
      <h1>{isCategory ? t("taxonomy.categoriesTitle") : t("taxonomy.tagsTitle")}</h1>
      <section className={styles.section} aria-labelledby="taxonomy-new">
        <h2 id="taxonomy-new">{isCategory ? t("taxonomy.newCategory") : t("taxonomy.newTag")}</h2>
        <TaxonomyForm
          action={props.create}
          texts={all}
          prefix={`new-${kind}`}
          withDescription={isCategory}
          submitLabel={t("taxonomy.create")}
        />
      </section>
      {rows.length === 0 ? (
        <p>{t("taxonomy.none")}</p>
      ) : (
        <ul className="taxonomy-list">
          {rows.map((row) => (
            <li key={row.id} data-slug={row.slug} className={styles.section}>
              <h2>
                {row.name} <small>({tp("taxonomy.articleCount", row.articleCount)})</small>
              </h2>
              <TaxonomyForm
                action={props.update(row.id)}
                texts={all}
                prefix={`${kind}-${row.id}`}
                row={row}
                withDescription={isCategory}
                submitLabel={t("taxonomy.save")}
              />
              <DeleteTaxonomyForm
                action={props.remove(row.id)}
                texts={all}
                prefix={`${kind}-${row.id}`}
                name={row.name}
                moveOptions={
                  isCategory && row.articleCount > 0
                    ? rows.filter((r) => r.id !== row.id).map((r) => ({ id: r.id, name: r.name }))
                    : undefined
                }
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
