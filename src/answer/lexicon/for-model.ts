// The vocabulary for one knowledge folder: the built-in files plus the folder's own words
// (`vocabulary:` in its YAML). Words the folder declares names ("docs", "steering") stop being
// cues or filler there; its cue words are added to the question types they name.
import type { KnowledgeModel, KnowledgeProblem } from "../../knowledge/model.js";
import { compileLexicon, type LexiconSource } from "./compile.js";
import type { Lexicon } from "./lexicon.js";
import { BUILTIN_LEXICON, BUILTIN_SOURCES, LexiconError } from "./load.js";
import type { LexiconFile } from "./schema.js";

/** The folder's question types → the engine's registry types. */
const TYPE_OF: Record<string, string> = {
  contact: "contact",
  channel: "contact",
  mailing_list: "contact",
  email: "contact",
  meeting_notes: "contact",
  calendar: "contact",
  website: "resources",
  owns: "role",
  owner: "lead",
  stakeholders: "partners",
  roles_of: "role",
  person: "definition",
  parts: "part_of",
};

const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[-\s]+/g, " ");

export function lexiconFor(model: KnowledgeModel): Lexicon {
  const v = model.vocabulary;
  const cueTypes = Object.entries(v?.cues ?? {});
  if (!v || (v.names.length === 0 && cueTypes.length === 0)) return BUILTIN_LEXICON;
  const origin = { file: model.dir, line: 1, col: 1 };
  const byLang = (lang: "en" | "fr"): LexiconFile => {
    const types: NonNullable<LexiconFile["types"]> = {};
    for (const [type, words] of cueTypes) {
      const list =
        (words as { en?: readonly string[]; fr?: readonly string[] } | undefined)?.[lang] ?? [];
      const target = TYPE_OF[type] ?? type;
      if (list.length === 0 || !BUILTIN_LEXICON.types.includes(target)) continue;
      // A folder's own cue outweighs the built-in ones: it knows its domain.
      const cues = types[target] ?? [];
      cues.push({ pattern: `\\b(?:${list.map(escapeWord).join("|")})\\b`, weight: 99 });
      types[target] = cues;
    }
    return { language: lang, names: [...v.names], types };
  };
  const folder: LexiconSource[] = (["en", "fr"] as const).map((lang) => ({
    path: model.dir,
    data: byLang(lang),
    locate: () => origin,
  }));
  const problems: KnowledgeProblem[] = [];
  const lex = compileLexicon([...BUILTIN_SOURCES, ...folder], problems);
  if (problems.length > 0) throw new LexiconError(problems);
  return lex;
}
