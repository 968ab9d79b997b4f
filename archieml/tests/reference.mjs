// The reference implementation (npm `archieml` 0.5.0, installed in e2e/ by `make test`'s tools),
// as a process that answers tests/reference.rs: one JSON string per line in, one line out,
// `{"ok": <what it reads>}` or `{"error": <what it threw>}`.
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const archieml = createRequire(new URL('../../e2e/package.json', import.meta.url))('archieml');
for await (const line of createInterface({ input: process.stdin })) {
  let answer;
  try {
    answer = { ok: archieml.load(JSON.parse(line)) };
  } catch (error) {
    answer = { error: String(error) };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
