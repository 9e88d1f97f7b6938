import { migrateDatabase } from "../db/migrate";
import { withDatabase } from "./database";

await withDatabase(async (db) => {
  await migrateDatabase(db.url);
  console.log("[db] migrations applied");
});
