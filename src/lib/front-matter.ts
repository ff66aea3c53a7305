import { parse } from "yaml";

/** The YAML block between the opening `---` lines of a Markdown file, parsed, and the Markdown after it. */
export type FrontMatterDocument = { data: unknown; body: string };

const frontMatterPattern = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits front matter from Markdown; throws a readable Error when it is missing or not valid YAML. */
export function parseFrontMatter(source: string): FrontMatterDocument {
  const match = frontMatterPattern.exec(source);
  if (!match) throw new Error("must start with front matter: a `---` line, YAML fields, and another `---` line");
  let data: unknown;
  try {
    data = parse(match[1]);
  } catch (error) {
    throw new Error(`the front matter is not valid YAML: ${(error as Error).message}`);
  }
  return { data: data ?? {}, body: source.slice(match[0].length) };
}
