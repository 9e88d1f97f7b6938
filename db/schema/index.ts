// The database schema, one module per domain; `@/db/schema` re-exports all of it.
export * from "./users";
export * from "./articles";
export * from "./comments";
export * from "./pages";
export * from "./media";
export * from "./sponsors";
export * from "./mail";
export * from "./privacy";
