// Column helpers shared by the schema modules.
import { customType, timestamp } from "drizzle-orm/pg-core";

// drizzle has no built-in tsvector column type.
export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
export const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

export const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
