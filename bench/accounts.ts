// Accounts the bench signs in with. Bench-only: the password is public, like the demo's.
export const BENCH_PASSWORD = "bench-passwort-2026";
export const BENCH_ADMIN = "bench-admin@example.com";
export const BENCH_READER_COUNT = 20;
export const benchReaderEmail = (i: number) => `bench-leser-${String(i + 1).padStart(2, "0")}@example.com`;
export const BENCH_READERS = Array.from({ length: BENCH_READER_COUNT }, (_, i) => benchReaderEmail(i));

/** Bench database names on the bench server (see bench/database.ts). */
export const BENCH_DATABASES = { large: "blattwerk_bench_large", demo: "blattwerk_bench_demo" } as const;
export type BenchDataset = keyof typeof BENCH_DATABASES;
