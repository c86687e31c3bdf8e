// The line scan behind the fast path (fast-file.ts): where each top-level section of a knowledge
// file starts and ends, and where each of its list items starts, as the `yaml` package would
// report it. Knowing the items' extents lets js-yaml read a file a few records at a time, so no
// parse tree of a whole file is ever held (at 100,000 records those trees were most of the load's
// garbage). Undefined for any layout it does not know: the file then takes the precise pass.

/** A section that is one mapping rather than a list (the precise pass checks it as a block). */
export const MAPPING_SECTION = "vocabulary";

/** One list item: [offset of its first key, line, col, offset of the line its "-" is on]. */
export type ItemStart = [number, number, number, number];

export interface SectionLayout {
  name: string;
  /** `key: []` is an empty list; `key:`, `key: ~` and `key: null` with nothing under it are null. */
  value: "items" | "empty" | "null";
  /** List items, or for the mapping section the start of its first key. */
  items: ItemStart[];
  /** Where the section's text ends: the next top-level key's line, or the end of the file. */
  end: number;
  /** Where its key's line starts. */
  start: number;
}

const TOP_KEY = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(#.*)?\r?$/;
const EMPTY_FLOW = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(\[\s*\]|~|null)?[ \t]*(#.*)?\r?$/;

export function scanLayout(text: string): SectionLayout[] | undefined {
  const sections: SectionLayout[] = [];
  const names = new Set<string>();
  let current: SectionLayout | undefined;
  let seqIndent = -1;
  let pending = -1; // the line start of a "-" with nothing after it: its record starts later
  let offset = 0;
  let line = 0;
  while (offset <= text.length) {
    const end = text.indexOf("\n", offset);
    const stop = end === -1 ? text.length : end;
    const raw = text.slice(offset, stop);
    line++;
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trimStart();
    const blank = body === "" || body === "\r" || body.startsWith("#");
    if (!blank) {
      if (pending !== -1) {
        if (indent <= seqIndent) return undefined;
        current?.items.push([offset + indent, line, indent + 1, pending]);
        pending = -1;
      } else if (indent === 0 && !body.startsWith("-")) {
        if (body.startsWith("---") || body.startsWith("...") || body.startsWith("%")) {
          return undefined;
        }
        const top = TOP_KEY.exec(raw);
        const flow = top ? undefined : EMPTY_FLOW.exec(raw);
        const name = (top?.[1] ?? flow?.[1]) as string | undefined;
        // A key twice is an error js-yaml and `yaml` word their own way: precise pass.
        if (name === undefined || names.has(name)) return undefined;
        names.add(name);
        if (current) current.end = offset;
        const value = top ? "null" : /\[/.test(flow?.[2] ?? "") ? "empty" : "null";
        const section: SectionLayout = { name, value, items: [], end: text.length, start: offset };
        sections.push(section);
        current = top ? section : undefined; // an empty flow value takes nothing under it
        seqIndent = -1;
      } else if (current?.name === MAPPING_SECTION) {
        // Anything indented belongs to the mapping; it starts at its first key.
        if (indent === 0) return undefined;
        if (current.items.length === 0) current.items.push([offset + indent, line, indent + 1, 0]);
        current.value = "items";
      } else if (current !== undefined && (body === "-" || body.startsWith("- "))) {
        if (seqIndent === -1) seqIndent = indent;
        if (indent === seqIndent) {
          let at = indent + 1;
          while (raw[at] === " ") at++;
          const rest = raw.slice(at);
          current.value = "items";
          if (rest === "" || rest === "\r" || rest.startsWith("#")) pending = offset;
          // Synonym groups are written `- [a, b]`; they need no position (no ref), only a count.
          else if (/^[A-Za-z0-9_]/.test(rest) || current.name === "synonyms") {
            current.items.push([offset + at, line, at + 1, offset]);
          } else return undefined;
        } else if (indent < seqIndent) return undefined;
      } else if (current === undefined || indent <= seqIndent || seqIndent === -1) {
        return undefined;
      }
    }
    if (end === -1) break;
    offset = end + 1;
  }
  return pending !== -1 || sections.length === 0 ? undefined : sections;
}
