import "server-only";

import hljs from "highlight.js/lib/core";
import python from "highlight.js/lib/languages/python";
import pythonRepl from "highlight.js/lib/languages/python-repl";
import { Marked, type Tokens } from "marked";

hljs.registerLanguage("python", python);
hljs.registerLanguage("python-repl", pythonRepl);
hljs.registerAliases(["py"], { languageName: "python" });
hljs.registerAliases(["pycon"], { languageName: "python-repl" });

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char]);

/** Python source as highlighted HTML (highlight.js classes); the text is escaped by highlight.js. */
export function highlightPython(code: string): string {
  // Doctest-style blocks (`>>> ...`) read best with the REPL grammar, which highlights the input lines only.
  const language = /^\s*>>> /m.test(code) ? "python-repl" : "python";
  return hljs.highlight(code, { language }).value;
}

const marked = new Marked({
  gfm: true,
  renderer: {
    code({ text, lang }: Tokens.Code) {
      const language = (lang ?? "").trim().split(/\s+/)[0].toLowerCase();
      const highlighted = hljs.getLanguage(language) || language === "" ? highlightPython(text) : escapeHtml(text);
      // Focusable, so a keyboard user can scroll a long line into view (axe: scrollable-region-focusable).
      return `<pre tabindex="0"><code class="hljs">${highlighted}</code></pre>\n`;
    },
  },
});

/**
 * Authored Markdown (exercise prompts, quiz questions and explanations from `exercises/`) as HTML with code blocks
 * highlighted server-side. Only for content files: learner text is never passed through here.
 */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/** A short authored Markdown fragment (a quiz choice, a title) rendered without the wrapping paragraph. */
export function renderInlineMarkdown(markdown: string): string {
  return marked.parseInline(markdown, { async: false });
}
