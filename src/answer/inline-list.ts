// Lists numbered inside one line of a message ("need: 1) whose … 2) which …").

/**
 * "need: 1) whose expertise … 2) which country …": a list numbered inside one line is one line
 * per item (only when it counts on from 1 or a, so "tier 2)" or "(para 3)" stays as it is).
 */
export function inlineItems(line: string): string[] {
  const marks = [...line.matchAll(/(?:^|\s)\(?(\d|[a-c])[.)]\s/g)];
  if (marks.length < 2) return [line];
  const first = marks[0]?.[1] ?? "";
  const counts = marks.every((m, i) => {
    const c = m[1] as string;
    return /\d/.test(first) ? c === String(i + 1) : c === String.fromCharCode(97 + i);
  });
  if (!counts || (first !== "1" && first !== "a")) return [line];
  const out: string[] = [];
  let from = 0;
  for (const [i, m] of marks.entries()) {
    const at = m.index ?? 0;
    // (What stands before the first item introduces them; the first item itself does not.)
    if (at > from) out.push(`${line.slice(from, at).trim()}${i === 0 ? ":" : ""}`);
    from = at;
  }
  out.push(line.slice(from));
  return out.map((x) => x.trim()).filter((x) => x && x !== ":");
}
