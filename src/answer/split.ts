// A Slack message → the questions in it. Long messages carry context lines before the question;
// busy people ask two or three things at once ("two things: who chairs X, and what does Y do?").
// Each question is answered on its own; the statements around them are kept as context, for a
// question that only says "it".

import { expansionQuestion } from "./claimed-expansion.js";
import { inlineItems } from "./inline-list.js";
import { alternation, type Lexicon, lexiconPattern } from "./lexicon/lexicon.js";
import {
  ATTRIBUTION,
  addressed,
  hail,
  LEADING_WHY,
  TRAILING_WHY,
  trailingOccasion,
} from "./message-framing.js";
import { foldText, normalizeSlackText } from "./normalize.js";
import { startsWithPremise } from "./premise.js";
import { CONTEXT_BREAK } from "./question-context.js";
import {
  ASKS_INSIDE,
  asksForItems,
  hasCue,
  looksLikeQuestion,
  plainWords,
  questionScore,
  saysWhat,
  startsQuestion,
  statesNeed,
} from "./question-shape.js";
import { regroupPieces } from "./regroup.js";
import { joinSharedClauses } from "./shared-clause.js";
import { whatIsNeeded } from "./stated-need.js";

export interface Segments {
  questions: string[];
  /** The statements before the first question (a subject a later "it" may refer to). */
  context: string;
}

export const MAX_QUESTIONS = 3;

// "…, and what does Y bring?": a new question starts after "and" when a question word follows.
// ("… *and* which group…", "et dans quel bureau…": markup around the "and", a preposition
// before the question word.)
const AND_QUESTION =
  /,?\s+[*_~]*(?:and|&|\+|et|plus)[*_~]*\s+(?=[*_~`]*(?:(?:in|on|at|for|from|under|within|through|dans|sur|pour|par|avec|sous|aupres de|de) (?=\S+(?: \S+){3}))?(?:since when|whatever|whoever|whichever|who|whom|whose|what|which|where|when|why|how|does|do|is|are|can|qui|que|quel|quelle|quels|quelles|ou|quand|comment|combien|pourquoi|est-ce)\b)/gi;
// "two things: who chairs X" — a lead-in that announces questions.
const LEAD_IN =
  /^(?:[^:?]{0,80}\b(?:things?|questions?|queries|points?|choses|q|qs)\b[^:?—–-]{0,24}|q\d?|question)\s*:\s*/i;

/** Words of a question that point at a list after it ("what these stand for", "chacun"). */
const pointsAtList = (lex: Lexicon, text: string) =>
  lexiconPattern(
    lex,
    "list-pointers",
    () => new RegExp(`\\b(?:${alternation(lex, "list_pointers")})\\b`),
  ).test(plainWords(text));

/** The line after `index` is a list item that is a bare name or two, no question of its own. */
function bareItemNext(lines: readonly string[], index: number): boolean {
  const next = lines[index + 1] ?? "";
  const m = /^\s*(?:[-•*]|\(?\d{1,2}[.)])\s+(.*)$/.exec(next);
  return !!m && !/\?/.test(m[1] as string) && (m[1] as string).trim().split(/\s+/).length <= 6;
}

/** "Two things pls", "3 quick qs": a line announcing the questions listed after it. */
const ANNOUNCES =
  /^(?:\w+ ){0,2}(?:two|three|2|3|a few|few|couple(?: of)?)(?: quick| short)? (?:things?|questions?|qs|queries|points|asks)\b[^?]{0,20}$/i;

/** "Does the GFP also have a joint programme…": after "also", a verb with its object, no question. */
const MAIN_VERB =
  /^(?:have|has|had|do|does|did)\s+(?:a|an|the|any|some|its|their|one|other|another)\b/;

/** Where a long statement's asking part starts; "into which", "by whom" open a relative clause. */
const askStarts = (lex: Lexicon) =>
  lexiconPattern(
    lex,
    "ask-starts",
    () =>
      new RegExp(
        `(?<!\\b(?:${alternation(lex, "prepositions", "en")}) )\\b(?:which|whom|whose)\\b|(?!\\b(?:which|whom|whose)\\b)${ASKS_INSIDE.source}`,
      ),
  );
const POINTS_BACK = /\b(?:it|its|they|them|their|this one|that one)\b/;

// "Who coordinates mine action, what's its full name, and where is it housed?": a list of questions.
// ("…, who leads the MARA assessment, and whose expertise…": "who" and "whose" take any verb.)
const COMMA_QUESTION =
  /,\s+(?=(?:who|whose)\s+[a-z]{3,}|(?:what|who|where|when|which|how|why)(?:'s|\s+(?:is|are|does|do|did|was|were|has|have)\b))/gi;

/** A question followed by ", what's …" is two questions (each part at least three words). */
function splitCommaQuestions(part: string): string[] {
  if (startsWithPremise(part)) return [part];
  const pieces = part.split(COMMA_QUESTION);
  return pieces.length > 1 && pieces.every((p) => p.trim().split(/\s+/).length >= 3)
    ? pieces
    : [part];
}

export function splitQuestions(raw: unknown, lex: Lexicon): Segments {
  const text = typeof raw === "string" ? raw : "";
  const pieces: string[] = [];
  const lead: string[] = [];
  /** Lines that introduce the lines after them: context, in their place, whatever they say. */
  const introductions = new Set<string>();
  /** Items of a list an asking introduction announced ("I need: (1) chair of the IACG-MA"). */
  const items = new Set<string>();
  let asking: string | undefined;
  const lines = text
    .slice(0, 8000)
    .split(/\n+/)
    .flatMap(inlineItems)
    .filter((l) => l.trim());
  for (const [index, line] of lines.entries()) {
    // "- `MARA` =": a bare name to fill in asks what it stands for.
    const blank = /^\s*(?:[-•*]|\d+[.)])?\s*`?([A-Za-z][\w&./-]*)`?\s*=\s*$/.exec(line);
    if (blank) {
      pieces.push(`what does ${blank[1]} stand for?`);
      continue;
    }
    // "JCS = Joint Coordination Secretariat, right?": a claim about what an acronym stands for.
    const equals =
      /^\s*`?([A-Z][A-Z0-9&./-]{1,11})`?\s*=\s*([A-Z][^?=]{3,}?)\s*,?\s*(\w+(?: \w+){0,2})?\s*\?\s*$/.exec(
        line,
      );
    if (equals && !/^(?:what|which|who)\b/i.test(equals[2] as string)) {
      pieces.push(`does ${equals[1]} stand for ${equals[2]}${equals[3] ? `, ${equals[3]}` : ""}?`);
      continue;
    }
    // "The GFP is the Global Funding Pool, correct?": a claimed expansion, asked as one.
    const expansion = expansionQuestion(line);
    if (expansion) {
      pieces.push(expansion);
      continue;
    }
    // A quote mark or a list marker ("1)", "2.", "•", "a)") is layout, not words.
    const bare = line
      .replace(/^\s*(?:&gt;|>)+\s*/, "")
      .replace(/^\s*(?:[-•*]|\(?\d{1,2}[.)]|\(?[a-c][.)])\s+/, "");
    // "`#wps-reporting` thread —": a channel's name says where, not what.
    const clean = normalizeSlackText(bare)
      .replace(/(^|\s)`?#[\w-]+`?/g, "$1")
      .trim()
      .replace(LEAD_IN, "");
    if (!clean) continue;
    // "Can someone remind me:" before the lines it introduces announces them; it asks nothing.
    // ("Two things pls" before its bullets does too, colon or not.)
    // ("Can someone confirm what these stand for?" before "- `JCS`", "- `GFP`": a question that
    // points at the bare items listed after it asks it of each.)
    const pointsAtItems =
      /\?\s*$/.test(clean) && pointsAtList(lex, clean) && bareItemNext(lines, index);
    if (
      (/:\s*$/.test(clean) || ANNOUNCES.test(clean) || pointsAtItems) &&
      index < lines.length - 1
    ) {
      const intro = clean.replace(/[:?]\s*$/, "");
      introductions.add(intro);
      pieces.push(intro);
      asking = asksForItems(intro, lex) || ANNOUNCES.test(intro) ? intro : undefined;
      continue;
    }
    // "for each area give me the lead:" then "• mine action": each item is asked that.
    if (asking && bare !== line && !looksLikeQuestion(clean, lex)) {
      const item = `${asking}: ${clean.replace(/[,;.\s]+$/, "")}`;
      items.add(item);
      pieces.push(item);
      continue;
    }
    if (bare === line) asking = undefined;
    // Sentences: after ? or !, and after a full stop followed by a capital.
    // (In chat the next sentence may start in lowercase: "unmas coordinates mine action. does
    // it chair anything too?")
    for (const s0 of clean.split(
      /(?<=[?!])\s+|(?<=[.;])\s+(?=[*_~`]*[A-Z«"])|(?<=[a-z]{3}[.])\s+(?=(?:does|do|did|is|are|was|what|who|whose|which|where|when|how)\s)/,
    )) {
      // Slack emphasis around a label ("*Q1:*") is markup, not words.
      let s = s0.replace(/^[*_~`\s]+/, "").replace(/^([^:]{1,12}:)[*_~`]+/, "$1");
      // "Hi Sarah, who leads…", "Bonjour Thibault, tu sais…": the greeting and whom it greets
      // are no part of the question.
      const hailed = hail(s, lex);
      if (hailed) {
        lead.push(s.slice(0, hailed));
        s = s.slice(hailed);
      }
      // "Heads-up from the PSEA working group — what's the study about?": before the dash is
      // who is asking, after it the question.
      // ("*IOM & UNHCR* coordination: do they take part…?": a colon, where no dash is, names what
      // "they" are the same way; it says nothing of who asks.)
      const dashed = /\s[—–-]\s/.exec(s);
      const dash = dashed ?? /(?<=[\p{L}\p{N}*_)])\s?:\s/u.exec(s);
      // "*Team of Experts* — who sits on it?": before the dash is what "it" is; the first
      // question after it is asked about that.
      let topic = "";
      if (dash && dash.index > 0) {
        const before = s.slice(0, dash.index);
        const after = s.slice(dash.index + dash[0].length);
        // ("Channel leads — is DPKO a member…?", "Team — who chairs…": whom the asker addresses.)
        const attribution = !!dashed && (ATTRIBUTION.test(before) || addressed(before, lex));
        // (A topic is a short name phrase, not a remark: "X asked me this and I blanked —".)
        const named =
          before.split(/\s+/).length <= 7 &&
          !/\b(?:i|me|my|we|us|our|you|this|asked|said|told)\b/i.test(before) &&
          POINTS_BACK.test(plainWords(after));
        if (
          startsQuestion(after, lex) &&
          (attribution || named) &&
          !looksLikeQuestion(before, lex)
        ) {
          if (attribution) lead.push(before);
          else topic = before.replace(/[*_~`]+/g, "").trim();
          s = after;
        }
      }
      // A purpose before ("For a note to the USG, …") or after (", as we are revising our
      // materials") says why, not what: it is context.
      const purpose = LEADING_WHY.exec(s);
      const asked =
        purpose && looksLikeQuestion(s.slice(purpose[0].length), lex)
          ? s.slice(purpose[0].length)
          : s;
      if (asked !== s) lead.push(s.slice(0, s.length - asked.length));
      const whyAt = TRAILING_WHY.exec(asked)?.index ?? trailingOccasion(asked, lex);
      // (The request keeps its question mark: "Is X led by Y for our meeting?" still asks.)
      const body =
        whyAt !== undefined && whyAt > 20
          ? `${asked.slice(0, whyAt).trimEnd()}${/\?\s*$/.test(asked) ? "?" : ""}`
          : asked;
      if (whyAt !== undefined && whyAt > 20) lead.push(asked.slice(whyAt));
      for (const part of joinSharedClauses(body.replace(LEAD_IN, "").split(AND_QUESTION)).flatMap(
        splitCommaQuestions,
      )) {
        const t = part.trim();
        if (t) pieces.push(topic ? `${t} — ${topic}` : t);
        topic = "";
      }
    }
  }
  regroupPieces(pieces, lead, lex);
  // Splitter words ("also", "second") start a new question when one follows them.
  const split: string[] = [];
  for (const p of pieces) {
    let rest = p;
    for (const re of lex.splitters) {
      const f = foldText(rest);
      re.lastIndex = 0;
      const m = re.exec(f);
      const after = rest.slice(m?.index ?? 0).replace(/^\S+\s*/, "");
      if (
        m &&
        m.index > 8 &&
        startsQuestion(rest.slice(m.index + m[0].length).trim(), lex) &&
        !MAIN_VERB.test(plainWords(after))
      ) {
        split.push(rest.slice(0, m.index).replace(/[,;\s]+$/, ""));
        rest = rest.slice(m.index + m[0].length).replace(/^[,:\s]+/, "");
      }
    }
    split.push(rest);
  }
  // A long statement that asks something inside ("…, can you remind me who chairs it") is cut
  // where the asking starts; what comes before is context.
  const scored = split.map((s) => {
    const score = introductions.has(s) ? 0 : items.has(s) ? 1 : questionScore(s, lex);
    if (score === 1 && s.split(/\s+/).length > 12) {
      const f = foldText(s);
      const m = askStarts(lex).exec(f);
      // Only when the asking part says what it asks ("who chairs that thing"); "what do we have"
      // leans on the statement before it ("I need docs on SEA, what do we have").
      if (m && m.index > 0 && (hasCue(f.slice(m.index), lex) || saysWhat(f.slice(m.index), lex))) {
        lead.push(s.slice(0, m.index));
        return { s: s.slice(m.index), score };
      }
    }
    return { s, score };
  });
  // ("Into which parts exactly? Need the list for our checklist.": a need after a question says
  // what its answer must hold; it is no question of its own.)
  scored.forEach((x, i) => {
    if (
      x.score === 1 &&
      i > 0 &&
      !items.has(x.s) &&
      scored.slice(0, i).some((y) => y.score === 2)
    ) {
      const f = plainWords(x.s);
      if (statesNeed(f, lex) && !ASKS_INSIDE.test(f)) x.score = 0;
    }
  });
  let questions = scored.filter((x) => x.score > 0);
  if (questions.length === 0) {
    return { questions: [split.join(" ").trim()].filter(Boolean), context: "" };
  }
  // More than three: the clear questions first, in the order they were asked.
  if (questions.length > MAX_QUESTIONS && questions.some((x) => x.score === 2)) {
    questions = questions.filter((x) => x.score === 2);
  }
  const first = scored.indexOf(questions[0] as (typeof scored)[number]);
  // (A heading line — "thread for the CRSV workstream", "FYI", "context:" — is a piece of its
  // own: a follow-up means what the lines after it name, the quoted sentence, not the title.)
  const context = [...split.slice(0, first), ...lead]
    .map((line, i, all) =>
      i > 0 && ATTRIBUTION.test((all[i - 1] as string).trim()) ? `${CONTEXT_BREAK}${line}` : line,
    )
    .join(" ");
  const asked = questions.slice(0, MAX_QUESTIONS).map((x) => x.s);
  // "…for the MARA work? need a name + email": a statement after the last question says what
  // the answer must hold; it belongs to that question.
  const last = scored.indexOf(questions[questions.length - 1] as (typeof scored)[number]);
  const after = scored
    .slice(last + 1)
    .filter((x) => x.score === 0)
    .map((x) => x.s.trim())
    .filter(
      (x) =>
        /\b(?:need|want|looking for|besoin|il (?:me )?faut)\b/i.test(x) ||
        // "… key findings pls": a few words after the question that add to it.
        (x.split(/\s+/).length <= 5 && /[a-z]{4}/i.test(x)),
    );
  const adds = after.map(whatIsNeeded).filter(Boolean);
  if (adds.length > 0 && asked.length > 0 && last < scored.length) {
    const i = Math.min(asked.length, MAX_QUESTIONS) - 1;
    asked[i] = `${asked[i]} — ${adds.join(" ")}`;
  }
  return { questions: asked, context };
}
