import { connection } from "next/server";
import { db } from "@/db/client";
import { articles } from "@/db/schema";

export default async function Home() {
  await connection();
  const rows = await db.select({ title: articles.title }).from(articles).limit(5);
  return <ul>{rows.map((r) => <li key={r.title}>{r.title}</li>)}</ul>;
}
