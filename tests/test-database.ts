// A fresh database for one test run, on the embedded server (or DATABASE_URL's server).
import postgres from "postgres";
import { openDatabase, type Database } from "../scripts/database";
import path from "node:path";

export type TestDatabase = { url: string; serverUrl: string; close: () => Promise<void> };

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createFreshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = postgres(withDatabaseName(serverUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return withDatabaseName(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = postgres(withDatabaseName(serverUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

export async function openTestServer(folder: string): Promise<Database> {
  return openDatabase({ embeddedDir: path.resolve(process.env.DATA_DIR ?? ".data", folder, "postgres") });
}
