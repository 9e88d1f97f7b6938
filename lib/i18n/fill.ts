// Fills `{name}` placeholders. Kept apart from ./index.ts so client components, which get
// their texts as props, can fill them without bundling the catalogues or the configuration.
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
