import type { z } from "zod";

// Characters that let one name pass for another on someone else's screen: text-direction controls (U+202E shows
// "Eve\u202Enimda" as "Eveadmin"; isolates U+2066-2069; marks U+200E/F, U+061C) and characters that render as
// nothing (zero-width space U+200B, joiners, word joiner U+2060, U+FEFF, soft hyphen, Hangul fillers...): Unicode's
// Bidi_Control and Default_Ignorable_Code_Point sets. Variation selectors are left alone (they only pick a glyph
// style: emoji and CJK names need them), and so are joiners where they visibly shape the text around them.
const INVISIBLE_OR_DIRECTIONAL = /[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/u;
const VARIATION_SELECTOR = /\p{Variation_Selector}/u;
const JOINERS = new Set(["\u200C", "\u200D"]);
const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
// Scripts whose letters join or form conjuncts, where ZWNJ/ZWJ change what is seen (Persian, Hindi, Malayalam...).
const JOINING_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** What a spoofing character is shown as on other people's pages: U+FFFD, so the teacher sees something is there. */
export const SPOOFING_CHARACTER_MARK = "\uFFFD";

function isSpoofing(characters: string[], index: number): boolean {
  const character = characters[index];
  if (!INVISIBLE_OR_DIRECTIONAL.test(character) || VARIATION_SELECTOR.test(character)) return false;
  if (JOINERS.has(character)) {
    const before = characters[index - 1] ?? "";
    const after = characters[index + 1] ?? "";
    if (character === "\u200D" && EMOJI_BEFORE_JOINER.test(before) && EMOJI.test(after)) return false;
    if (JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after)) return false;
  }
  return true;
}

/** The first character in `text` that could make it look like other text, or null. */
export function findSpoofingCharacter(text: string): string | null {
  const characters = Array.from(text);
  const index = characters.findIndex((_, position) => isSpoofing(characters, position));
  return index === -1 ? null : characters[index];
}

/** "U+202E", for messages. */
export function codePointLabel(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A name (of a person or a class) as shown on other people's pages and exports: each spoofing character replaced
 * by U+FFFD. New names cannot contain them (the sign-up and class schemas refuse them); this covers names stored
 * before that rule.
 */
export function displayName(name: string): string {
  const characters = Array.from(name);
  if (!characters.some((_, index) => isSpoofing(characters, index))) return name;
  return characters.map((character, index) => (isSpoofing(characters, index) ? SPOOFING_CHARACTER_MARK : character)).join("");
}

/**
 * Refuses a name (a person's or a class's) holding a character that could make it pass for another name on a
 * teacher's or classmate's page: text-direction controls and invisible characters (see spoofing-characters.ts).
 */
export function refuseSpoofingCharacters(name: string, context: z.RefinementCtx): void {
  const found = findSpoofingCharacter(name);
  if (found) {
    context.addIssue({
      code: "custom",
      message: `Remove the invisible or text-direction character (${codePointLabel(found)}): it can make a name look like someone else's.`,
    });
  }
}
