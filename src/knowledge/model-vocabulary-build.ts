// Merges a folder's `vocabulary:` sections (any number, in any files) into one frozen Vocabulary.
import { deepFreeze } from "./freeze.js";
import type { LangWords, QuestionType, Vocabulary } from "./model-vocabulary.js";
import type { VocabularyRecord } from "./schema-vocabulary.js";

export function buildVocabulary(sections: readonly VocabularyRecord[]): Vocabulary {
  const names = new Set<string>();
  const cues: Partial<Record<QuestionType, { en: Set<string>; fr: Set<string> }>> = {};
  for (const s of sections) {
    for (const n of s.names ?? []) names.add(n.toLowerCase());
    for (const [type, words] of Object.entries(s.cues ?? {})) {
      const slot = cues[type as QuestionType] ?? { en: new Set<string>(), fr: new Set<string>() };
      cues[type as QuestionType] = slot;
      for (const w of words.en ?? []) slot.en.add(w.toLowerCase());
      for (const w of words.fr ?? []) slot.fr.add(w.toLowerCase());
    }
  }
  const out: Partial<Record<QuestionType, LangWords>> = {};
  for (const [type, slot] of Object.entries(cues)) {
    out[type as QuestionType] = { en: [...slot.en], fr: [...slot.fr] };
  }
  return deepFreeze({ cues: out, names: [...names] });
}
