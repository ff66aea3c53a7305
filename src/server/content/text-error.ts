import "server-only";

/** The message for a text field that is missing or that YAML parsed as something other than text. */
export function textError(what: string, input: unknown): string {
  if (input === undefined || input === null) return `${what} is required`;
  // The usual cause: an unquoted `: ` inside a line turns it into a mapping, or `[`/`{` into a list.
  return `${what} must be text; put it in quotes if it contains ": " or starts with [, {, *, & or !`;
}
