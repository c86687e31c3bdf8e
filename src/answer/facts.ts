// The knowledge compiled into facts: one statement each, with its subject, the fields it comes
// from (so a question type can ask for it), the records it names and the source passage that
// backs it. Facts are compiled per record on first use and kept in a bounded cache, so a
// 100,000-record folder costs nothing until a question touches a record.
import type { KnowledgeModel, KnowledgeRecord } from "../knowledge/model.js";
import type { CandidateIndex } from "./candidate-index.js";
import { handle, label, sentences, shortName } from "./compose/common.js";
import type { Intent } from "./types.js";

export interface KFact {
  /** Record the fact is about. */
  subject: string;
  /** Field it comes from: "role", "purpose", "outcome", "membership", "quote"… */
  field: string;
  /** Question types it answers directly. */
  types: readonly Intent[];
  /** Other records the fact relates the subject to. */
  objects: readonly string[];
  /** The statement, as a sentence a card can show. */
  text: string;
  /** The source passage that backs it, when the record quotes one. */
  quote?: string;
  /** Canonical stems of text and quote, for scoring. */
  tokens: ReadonlySet<string>;
  length: number;
}

const FIELD_TYPES: Record<string, readonly Intent[]> = {
  summary: ["definition", "role"],
  role: ["role", "lead", "coordinate", "chair", "partners"],
  description: ["definition", "role"],
  purpose: ["purpose", "role"],
  outcome: ["purpose"],
  definition: ["definition"],
  what: ["example", "role"],
  focus: ["example", "purpose"],
  membership: ["partners", "members", "role", "lead", "chair", "coordinate"],
  former: ["history"],
  quote: ["definition", "role", "purpose", "example"],
};

const MAX_CACHED = 5000;

export class FactBook {
  private readonly cache = new Map<string, KFact[]>();

  constructor(
    private readonly model: KnowledgeModel,
    private readonly index: CandidateIndex,
  ) {}

  /** Every fact about a record (and the memberships it holds), compiled once. */
  factsOf(rec: KnowledgeRecord): readonly KFact[] {
    let out = this.cache.get(rec.id);
    if (!out) {
      out = this.compile(rec);
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(rec.id, out);
    }
    return out;
  }

  private compile(rec: KnowledgeRecord): KFact[] {
    const out: KFact[] = [];
    const quotes =
      "sources" in rec ? (rec.sources ?? []).flatMap((c) => (c.quote ? [c.quote] : [])) : [];
    const related = this.relatedIds(rec);
    const add = (field: string, text: string | undefined, objects: readonly string[] = []) => {
      if (!text) return;
      for (const s of field === "role" || field === "membership" ? [text] : sentences(text)) {
        const toks = new Set(this.index.analyzeText(s));
        const quote = bestQuote(quotes, toks, this.index);
        if (quote) for (const t of this.index.analyzeText(quote)) toks.add(t);
        const objs = objects.length > 0 ? objects : related.filter((id) => this.mentions(s, id));
        out.push({
          subject: rec.id,
          field,
          types: FIELD_TYPES[field] ?? ["definition"],
          objects: objs,
          text: s,
          ...(quote ? { quote } : {}),
          tokens: toks,
          length: toks.size,
        });
      }
    };
    switch (rec.type) {
      case "entity":
        add("summary", rec.summary);
        // The everyday handle ("UN Women", "UNMAS"): what people ask by and expect to read.
        for (const r of rec.roles ?? []) add("role", `${handle(rec)} ${r}.`);
        add("description", rec.description);
        for (const f of rec.former_names ?? []) add("former", f.note);
        break;
      case "activity":
        add("summary", rec.summary);
        add("purpose", rec.purpose);
        add("outcome", rec.outcome);
        add("description", rec.description);
        break;
      case "term":
        add("definition", rec.definition);
        break;
      case "example":
        add("what", rec.what);
        add("focus", rec.focus ? `Focus: ${rec.focus}` : undefined);
        break;
      case "resource":
        add("summary", rec.summary);
        break;
      default:
        break;
    }
    for (const m of this.model.relations.memberOf.get(rec.id) ?? []) {
      const g = this.model.byId.get(m.group);
      if (g && m.summary)
        // Named as people write it ("UN Women") and in full, so either matches and reads well.
        add(
          "membership",
          `${handle(rec) === shortName(rec) ? handle(rec) : `${handle(rec)} (${shortName(rec)})`}, ${m.role} of ${handle(g)}: ${m.summary}`,
          [g.id],
        );
    }
    // Passages the record quotes that no field restates still answer questions in their words.
    for (const q of quotes) {
      const toks = new Set(this.index.analyzeText(q));
      if (out.some((f) => f.quote === q)) continue;
      out.push({
        subject: rec.id,
        field: "quote",
        types: FIELD_TYPES.quote as readonly Intent[],
        objects: related.filter((id) => this.mentions(q, id)),
        text: `${label(rec)}: "${q}"`,
        quote: q,
        tokens: toks,
        length: toks.size,
      });
    }
    return out;
  }

  private relatedIds(rec: KnowledgeRecord): string[] {
    const ids = new Set<string>();
    const addAll = (xs: readonly string[] | undefined) => {
      for (const x of xs ?? []) if (x !== rec.id) ids.add(x);
    };
    if ("related" in rec) addAll(rec.related);
    if ("part_of" in rec && rec.part_of) ids.add(rec.part_of);
    if (rec.type === "activity") {
      addAll(rec.lead ? [rec.lead] : []);
      addAll(rec.partners);
      addAll(rec.contributors);
    }
    if (rec.type === "example") addAll(rec.who);
    addAll(this.model.relations.parts.get(rec.id));
    return [...ids];
  }

  /** Does this sentence name the record (its short name or acronym)? */
  private mentions(text: string, id: string): boolean {
    const r = this.model.byId.get(id);
    if (!r) return false;
    const names = [shortName(r), ...("acronyms" in r ? (r.acronyms ?? []) : [])];
    return names.some((n) => n.length > 1 && text.includes(n));
  }
}

/** The quoted passage sharing the most words with a sentence (at least two), if any. */
function bestQuote(
  quotes: readonly string[],
  toks: ReadonlySet<string>,
  index: CandidateIndex,
): string | undefined {
  let best: string | undefined;
  let bestHits = 1;
  for (const q of quotes) {
    let hits = 0;
    for (const t of index.textSet(q)) if (toks.has(t)) hits++;
    if (hits > bestHits) {
      bestHits = hits;
      best = q;
    }
  }
  return best;
}
