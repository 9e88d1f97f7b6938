import { migrateDatabase } from "../db/migrate";
import { seedDemoContent } from "../db/seed";
import { withDatabase } from "./database";

await withDatabase(async (db) => {
  await migrateDatabase(db.url);
  await seedDemoContent(db.url);
  console.log("[db] demo content seeded");
});
