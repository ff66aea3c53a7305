import { afterEach, describe, expect, it } from "vitest";

import { ContentError } from "@/server/content/content-error";
import { loadCourse } from "@/server/content/load-course";

import { exerciseFiles, exerciseMarkdown, stepsYaml, writeTempCourse } from "../support/temp-course";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function course(files: Record<string, string>) {
  const temp = await writeTempCourse({ "steps.yaml": stepsYaml, ...files });
  cleanups.push(temp.cleanup);
  return temp.root;
}

async function problemsOf(files: Record<string, string>) {
  const error = await loadCourse(await course(files)).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems;
}

const validQuiz = `title: Generators
summary: Check yourself.
step: generators
questions:
  - id: lazy
    kind: single
    prompt: What does calling a generator function return?
    choices: [The first value, A generator object]
    answer: 1
    explanation: Calling it runs no code yet.
`;

describe("loadCourse", () => {
  it("loads steps, exercises and quizzes with their files, hints and mistakes", async () => {
    const root = await course({
      ...exerciseFiles("countdown", exerciseMarkdown({ hints: "\n  - Use yield.", order: "5" })),
      "quizzes/generators-basics.yaml": validQuiz,
    });
    const loaded = await loadCourse(root);

    expect(loaded.steps.map((step) => [step.id, step.order])).toEqual([
      ["generators", 0],
      ["two-way", 1],
    ]);
    const [exercise] = loaded.exercises;
    expect(exercise).toMatchObject({
      slug: "countdown",
      title: "Countdown generator",
      step: "generators",
      difficulty: "intro",
      topics: ["yield", "generators"],
      points: 10,
      order: 5,
      hints: ["Use yield."],
      promptMarkdown: "Define `countdown(n)`.",
      mistakes: [{ name: "returns-list", feedback: "not lazy" }],
      alternatives: [{ name: "yield-from-range", code: expect.stringContaining("yield from range") }],
    });
    expect(exercise.solution).toContain("yield n");
    expect(exercise.mistakes[0].code).toContain("return list");
    expect(exercise.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.quizzes).toMatchObject([{ slug: "generators-basics", step: "generators", order: 0 }]);
    expect(loaded.quizzes[0].questions[0]).toMatchObject({ id: "lazy", kind: "single", answer: 1 });
  });

  it("loads an optional public example.py for Run, and refuses an empty one", async () => {
    const withExample = await loadCourse(await course({ ...exerciseFiles("countdown"), "countdown/example.py": "print(list(countdown(3)))\n" }));
    expect(withExample.exercises[0].example).toBe("print(list(countdown(3)))\n");
    const without = await loadCourse(await course(exerciseFiles("countdown")));
    expect(without.exercises[0].example).toBeUndefined();
    expect(await problemsOf({ ...exerciseFiles("countdown"), "countdown/example.py": "\n" })).toEqual([
      { file: "exercises/countdown/example.py", message: "is empty: delete it or give it code" },
    ]);
  });

  it("sorts exercises by step order, then order, then title", async () => {
    const root = await course({
      ...exerciseFiles("send-echo", exerciseMarkdown({ title: "Echo", step: "two-way" })),
      ...exerciseFiles("zeta", exerciseMarkdown({ title: "Zeta", order: "1" })),
      ...exerciseFiles("beta", exerciseMarkdown({ title: "Beta", order: "2" })),
      ...exerciseFiles("alpha", exerciseMarkdown({ title: "Alpha", order: "2" })),
    });
    const { exercises } = await loadCourse(root);
    expect(exercises.map((exercise) => exercise.slug)).toEqual(["zeta", "alpha", "beta", "send-echo"]);
  });

  it("names the file and the field of every front matter problem", async () => {
    const problems = await problemsOf({
      ...exerciseFiles(
        "bad",
        exerciseMarkdown({
          title: undefined,
          step: "nowhere",
          difficulty: "trivial",
          topics: "[]",
          points: "0",
          limits: "\n  wall_seconds: 60\n  memory_mb: 64",
          colour: "blue",
        }),
      ),
    });
    const byField = Object.fromEntries(problems.map((problem) => [problem.field ?? "", problem]));
    for (const problem of problems) expect(problem.file).toBe("exercises/bad/exercise.md");
    expect(byField.title.message).toBe("a title is required");
    expect(byField.step.message).toBe('unknown step "nowhere"; steps.yaml defines: generators, two-way');
    expect(byField.difficulty.message).toBe("difficulty must be one of intro, easy, medium, hard");
    expect(byField.topics.message).toBe("list at least one topic");
    expect(byField.points.message).toBe("points must be positive");
    expect(byField["limits.wall_seconds"].message).toBe("wall_seconds must be at most 20");
    expect(byField["limits.memory_mb"].message).toBe("memory_mb must be at least 128");
    expect(byField[""].message).toContain("colour");
  });

  it("explains that an unquoted colon turned a hint into a mapping", async () => {
    const problems = await problemsOf(exerciseFiles("colon", exerciseMarkdown({ hints: "\n  - The last value is 1: zero is not." })));
    expect(problems).toEqual([
      { file: "exercises/colon/exercise.md", field: "hints[0]", message: expect.stringContaining('put it in quotes if it contains ": "') },
    ]);
  });

  it("reports a missing front matter, missing files and a mistake without a feedback line", async () => {
    const problems = await problemsOf({
      "broken/exercise.md": "# Just a heading\n",
      "broken/mistakes/no-feedback.py": "def countdown(n):\n    return []\n",
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: "exercises/broken/exercise.md", message: expect.stringContaining("must start with front matter") },
        { file: "exercises/broken/starter.py", message: "is missing" },
        { file: "exercises/broken/solution.py", message: "is missing" },
        { file: "exercises/broken/tests.py", message: "is missing" },
        {
          file: "exercises/broken/mistakes/no-feedback.py",
          field: "line 1",
          message: expect.stringContaining("# feedback:"),
        },
      ]),
    );
  });

  it("requires alternative answers to be Python files", async () => {
    const problems = await problemsOf({
      ...exerciseFiles("countdown"),
      "countdown/alternatives/notes.txt": "a class-based iterator would work too\n",
    });
    expect(problems).toEqual([
      { file: "exercises/countdown/alternatives/notes.txt", message: "alternatives must be Python files named <name>.py" },
    ]);
  });

  it("rejects a folder name that is not a slug", async () => {
    const problems = await problemsOf(exerciseFiles("Count_Down"));
    expect(problems).toEqual([{ file: "exercises/Count_Down", message: expect.stringContaining("lowercase letters") }]);
  });

  it("reports quiz problems by question and field", async () => {
    const problems = await problemsOf({
      "quizzes/bad-quiz.yaml": `title: Bad
summary: Many mistakes.
step: generators
questions:
  - id: one
    kind: single
    prompt: Pick.
    choices: [a, b]
    answer: 2
    explanation: Because.
  - id: one
    kind: multiple
    prompt: Pick several.
    choices: [a, b, c]
    answer: [0, 5]
    explanation: Because.
  - id: three
    kind: order
    prompt: Order.
    items: [x, y]
  - id: four
    kind: essay
    prompt: Write.
    explanation: Why.
  - id: five
    kind: output
    prompt: What prints?
    code: print(1)
    choices: [1, "2"]
    answer: 0
    explanation: It prints 1.
`,
    });
    const messages = problems.map((problem) => `${problem.file} ${problem.field}: ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "exercises/quizzes/bad-quiz.yaml questions[0].answer: answer 2 is out of range: there are 2 choices (indices 0-1)",
        "exercises/quizzes/bad-quiz.yaml questions[1].id: duplicate question id \"one\"",
        "exercises/quizzes/bad-quiz.yaml questions[1].answer[1]: answer 5 is out of range: there are 3 choices (indices 0-2)",
        "exercises/quizzes/bad-quiz.yaml questions[2].explanation: an explanation (shown after answering) is required",
        "exercises/quizzes/bad-quiz.yaml questions[3].kind: kind must be one of single, multiple, output, order",
        expect.stringMatching(/^exercises\/quizzes\/bad-quiz.yaml questions\[4\].choices\[0\]: every choice must be a string/),
      ]),
    );
  });

  it("reports invalid YAML with the file name", async () => {
    const problems = await problemsOf({ "quizzes/broken.yaml": "title: [unclosed\n" });
    expect(problems).toEqual([{ file: "exercises/quizzes/broken.yaml", message: expect.stringContaining("is not valid YAML") }]);
  });
});
