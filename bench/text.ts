// German-ish generated text for the bench dataset: titles, Markdown bodies and comments of
// realistic length and shape (umlauts, headings, lists), from a seeded generator so that two
// seeds of the same size produce the same database.

import {
  TOPICS,
  AUDIENCES,
  TITLE_ADJECTIVES,
  SUBJECTS,
  VERBS,
  OBJECTS,
  ADVERBIALS,
  CONNECTORS,
  COMMENT_OPENERS,
} from "./word-lists";

/** mulberry32: tiny, fast and good enough to shape test data; Math.random cannot be seeded. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function sentence(random: Random): string {
  const [s, v, o, a] = [pick(random, SUBJECTS), pick(random, VERBS), pick(random, OBJECTS), pick(random, ADVERBIALS)];
  // Verb-second word order after a connector: "Deshalb verbessert die Redaktion …".
  if (random() < 0.3) return `${pick(random, CONNECTORS)} ${v} ${s.charAt(0).toLowerCase()}${s.slice(1)} ${o} ${a}.`;
  return `${s} ${v} ${o} ${a}.`;
}

function paragraph(random: Random): string {
  const n = 3 + Math.floor(random() * 4);
  return Array.from({ length: n }, () => sentence(random)).join(" ");
}

export function title(random: Random): string {
  const topic = pick(random, TOPICS);
  switch (Math.floor(random() * 5)) {
    case 0:
      return `${3 + Math.floor(random() * 12)} ${pick(random, TITLE_ADJECTIVES)} Tipps für ${topic}`;
    case 1:
      return `${capitalise(topic)}: Was ${pick(random, AUDIENCES)} wissen müssen`;
    case 2:
      return `Warum ${topic} wichtiger ist, als viele denken`;
    case 3:
      return `So gelingt der Einstieg in ${topic} – ein Leitfaden für ${pick(random, AUDIENCES)}`;
    default:
      return `${capitalise(topic)} im Praxistest: ${capitalise(pick(random, TITLE_ADJECTIVES))} Ergebnisse`;
  }
}

/** A pool of pre-built Markdown blocks: a body picks from it instead of generating every sentence. */
export function createBlockPool(random: Random, size = 2000): string[] {
  return Array.from({ length: size }, (_, i) => {
    if (i % 9 === 0) return Array.from({ length: 3 + (i % 3) }, () => `- ${sentence(random).slice(0, -1)}`).join("\n");
    if (i % 13 === 0) return `**Tipp:** ${sentence(random)} ${sentence(random)}`;
    if (i % 7 === 0) return `## ${capitalise(pick(random, TOPICS))} ${pick(random, ADVERBIALS)}`;
    return paragraph(random);
  });
}

/** A Markdown body between 2 and 5 KB: an introduction, then headed sections. */
export function articleBody(random: Random, pool: readonly string[]): string {
  const target = 2000 + Math.floor(random() * 3000);
  const blocks: string[] = [paragraph(random)];
  let length = blocks[0].length;
  let section = 0;
  while (length < target) {
    const block =
      blocks.length % 3 === 1 ? `## Abschnitt ${++section}: ${capitalise(pick(random, OBJECTS))}` : pick(random, pool);
    blocks.push(block);
    length += block.length + 2;
  }
  return blocks.join("\n\n");
}

export function excerptOf(body: string): string {
  const first = body.split("\n\n")[0];
  return first.length <= 160 ? first : `${first.slice(0, first.lastIndexOf(" ", 157))} …`;
}

export function createCommentPool(random: Random, size = 5000): string[] {
  return Array.from({ length: size }, (_, i) => {
    const parts = i % 4 === 0 ? [] : [pick(random, COMMENT_OPENERS)];
    const n = 1 + Math.floor(random() * 3);
    for (let k = 0; k < n; k++) parts.push(sentence(random));
    // Every 25th comment is a longer, multi-paragraph one.
    return i % 25 === 0 ? `${parts.join(" ")}\n\n${paragraph(random)}` : parts.join(" ");
  });
}

export function topicTags(): string[] {
  return [
    ...new Set(
      TOPICS.flatMap((t) => t.split(/[\s-]+/))
        .filter((w) => w.length > 4)
        .map(capitalise),
    ),
  ];
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
}
