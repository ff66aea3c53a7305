"use client";

import { useMemo } from "react";
import CodeMirror from "@uiw/react-codemirror";
import { python } from "@codemirror/lang-python";
import { RangeSetBuilder } from "@codemirror/state";
import { Decoration, EditorView } from "@codemirror/view";

const errorLineDecoration = Decoration.line({ class: "cm-error-line" });

// The grader reports syntax errors by line; marking that line makes the message easy to act on.
function highlightLine(line: number | null) {
  return EditorView.decorations.of((view) => {
    const builder = new RangeSetBuilder<Decoration>();
    if (line !== null && line >= 1 && line <= view.state.doc.lines) {
      builder.add(view.state.doc.line(line).from, view.state.doc.line(line).from, errorLineDecoration);
    }
    return builder.finish();
  });
}

const editorTheme = EditorView.theme({
  "&": { fontSize: "14px", backgroundColor: "#ffffff" },
  ".cm-content": { fontFamily: "var(--font-mono)", padding: "8px 0" },
  ".cm-gutters": { backgroundColor: "#f8fafc", color: "#94a3b8", borderRight: "1px solid #e2e8f0" },
  ".cm-activeLine": { backgroundColor: "#f1f5f9" },
  ".cm-activeLineGutter": { backgroundColor: "#e2e8f0" },
  ".cm-error-line": { backgroundColor: "#fee2e2", boxShadow: "inset 3px 0 0 #dc2626" },
  // A visible focus ring for keyboard users (CodeMirror's default dotted outline is hard to see).
  "&.cm-focused": { outline: "2px solid #2f6fde", outlineOffset: "-2px" },
});

/** A Python editor (CodeMirror 6): highlighting, indentation, bracket matching; Ctrl/Cmd+Enter calls `onSubmit`. */
export function CodeEditor({
  value,
  onChange,
  onSubmit,
  errorLine,
  label,
}: {
  value: string;
  onChange: (code: string) => void;
  onSubmit: () => void;
  errorLine: number | null;
  label: string;
}) {
  // Long lines wrap (with their line number kept) rather than run off the right edge of the card.
  const baseExtensions = useMemo(
    () => [python(), editorTheme, EditorView.lineWrapping, EditorView.contentAttributes.of({ "aria-label": label, "aria-describedby": "editor-keys" })],
    [label],
  );
  const extensions = useMemo(() => [...baseExtensions, highlightLine(errorLine)], [baseExtensions, errorLine]);
  return (
    // Ctrl/Cmd+Enter is caught in the capture phase, before CodeMirror's own binding (insert a blank line) runs.
    <div
      onKeyDownCapture={(event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          event.stopPropagation();
          onSubmit();
        }
      }}
    >
    <CodeMirror
      value={value}
      onChange={onChange}
      extensions={extensions}
      minHeight="320px"
      maxHeight="560px"
      basicSetup={{ tabSize: 4, autocompletion: false }}
      indentWithTab
    />
    </div>
  );
}
