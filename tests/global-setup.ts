import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../db/migrate";
import { seedDemoContent } from "../db/seed";
import { createFreshDatabase, dropDatabase, openTestServer } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}

const NAME = `blattwerk_test_${process.pid}`;

export default async function setup(project: TestProject) {
  const server = await openTestServer("test");
  const url = await createFreshDatabase(server.url, NAME);
  await migrateDatabase(url);
  await seedDemoContent(url);
  project.provide("databaseUrl", url);
  project.provide("serverUrl", server.url);
  return async () => {
    await dropDatabase(server.url, NAME);
    await server.stop();
  };
}
