import { gradeExercise, shutdownGrader } from "@/server/grading/grade-exercise";
const t = Date.now();
const code = "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n";
const rs = await Promise.all(Array.from({ length: 4 }, () => gradeExercise({ exerciseDir: "exercises/countdown", code, maxScore: 10 })));
console.log(rs.map((r) => [r.status, r.score, r.duration_ms, r.message]), Date.now() - t);
shutdownGrader();
