import fs from "node:fs";
import path from "node:path";

// Every server action and state-changing route handler in the source.

const SOURCE_DIRS = ["app", "components", "lib", "server"];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "node_modules" ? [] : sourceFiles(p);
    return /\.(tsx?|jsx?|mjs)$/.test(d.name) && !/\.(test|spec)\.tsx?$/.test(d.name) ? [p] : [];
  });
}

export function discoverEndpoints(): string[] {
  const found = new Set<string>();
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const text = fs.readFileSync(file, "utf8");
    const modulePath = file.replace(/\.[^.]+$/, "");
    const code = text.replace(/^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*/, "");
    if (/^["']use server["']/.test(code)) {
      // A "use server" module: every export is a callable action.
      for (const m of text.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|var)\s+([A-Za-z_$][\w$]*)/g))
        found.add(`${modulePath}#${m[1]}`);
      for (const m of text.matchAll(/export\s*\{([^}]*)\}/g))
        for (const part of m[1].split(","))
          if (part.trim())
            found.add(
              `${modulePath}#${part
                .trim()
                .split(/\s+as\s+/)
                .pop()}`,
            );
      if (/export\s+default/.test(text)) found.add(`${modulePath}#default`);
    } else {
      // Inline actions: a function whose body starts with "use server".
      for (const m of text.matchAll(
        /(?:function\s+([A-Za-z_$][\w$]*)\s*\([^)]*\)|(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*async\s*(?:\([^)]*\)|[\w$]+)\s*=>)\s*(?::[^{]+)?\{\s*["']use server["']/g,
      )) {
        found.add(`${modulePath}#${m[1] ?? m[2]}`);
      }
    }
    if (/(^|\/)route$/.test(modulePath) && modulePath.startsWith("app/")) {
      for (const m of text.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(POST|PUT|PATCH|DELETE)\b/g))
        found.add(`${modulePath}#${m[1]}`);
      for (const m of text.matchAll(/export\s+const\s*\{([^}]*)\}/g))
        for (const part of m[1].split(","))
          if (/^(POST|PUT|PATCH|DELETE)$/.test(part.trim())) found.add(`${modulePath}#${part.trim()}`);
    }
  }
  return [...found].sort();
}
