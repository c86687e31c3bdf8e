// Where a record sits and what sits in it: "where is X housed", "what is part of X", "is X part
// of Y?", and, for a group, "who is part of it" (its members).
import { related } from "../../knowledge/lookup.js";
import type { KnowledgeRecord } from "../../knowledge/model.js";
import { kindAsked } from "../kind-asked.js";
import { inClass } from "../lexicon/lexicon.js";
import { foldText } from "../normalize.js";
import {
  addListFact,
  andList,
  type Draft,
  draft,
  get,
  handle,
  label,
  nameFor,
  records,
  ref,
  sentence,
  shortName,
  theName,
} from "./common.js";
import type { Ctx, Named } from "./context.js";
import { partners } from "./partners.js";
import { membershipBetween, membershipSentence, relation } from "./relation.js";
import { named, partOfChain, subject } from "./subject.js";

/** A container as the source may name it: "DPO (Department of Peace Operations; DPKO until 2019)". */
function containerLabel(rec: KnowledgeRecord): string {
  const former = "former_names" in rec ? rec.former_names?.[0] : undefined;
  const old = former?.acronyms?.[0] ?? former?.name;
  if (!former || !old) return label(rec);
  const until = former.until ? ` until ${String(former.until).slice(0, 4)}` : "";
  return label(rec).replace(/\)$/, `; ${old}${until})`);
}

const SITS = /^(?:sits|sit|sitting|housed|located|nested|situated)$/;

/** Active verbs of containing: "X houses Y" says Y is part of X. */
const CONTAINS =
  /\b(?:houses|house|housing|hosts|host|hosting|contains|includes|oversees|abrite|heberge|comprend|chapeaute)\b/;

/** "is JCS part of DPO?", "does DPO belong to UN Action?": yes or no, with the fact. */
function partOfVerdict(ctx: Ctx): Draft | undefined {
  if (!ctx.pq.yesNo || ctx.named.length < 2) return undefined;
  const [x, y] = [...ctx.named.slice(0, 2)].sort((p, q) => p.at - q.at) as [Named, Named];
  // "DPPA is the department that houses OROLSI": the record named second sits in the first.
  // (After the first name, wherever the second starts: "department" may be one of its words.)
  const between = ctx.pq.words.slice(Math.max(0, x.at)).join(" ");
  // "OROLSI, the office UNMAS sits in?": both named before "sits", the nearer one sits in the other.
  const sitsAt = ctx.pq.words.findIndex((w) => SITS.test(w));
  const [a, b] =
    CONTAINS.test(between) || (sitsAt > y.at && y.at > x.at) ? [y.rec, x.rec] : [x.rec, y.rec];
  const chain = partOfChain(ctx, a);
  if (chain.some((c) => c.id === b.id)) {
    const d = draft(
      "part_of",
      `Yes: ${label(a)} is part of ${chain
        .slice(0, chain.findIndex((c) => c.id === b.id) + 1)
        .map(label)
        .join(", part of ")}.`,
      a,
    );
    d.cited.push(...chain);
    return d;
  }
  const m = (ctx.model.relations.memberOf.get(a.id) ?? []).find((x) => x.group === b.id);
  if (m) {
    const d = draft(
      "part_of",
      `Yes: ${handle(a)} is ${/^[aeiou]/.test(m.role) ? "an" : "a"} ${m.role} of ${label(b)}.${m.summary ? ` ${sentence(m.summary)}` : ""}`,
      b,
    );
    d.cited = [m, a, b];
    return d;
  }
  // "JCS sits inside OROLSI, yes?" when JCS is recorded in DPO and OROLSI is in DPO too: the
  // knowledge says where JCS sits only that far, so it neither confirms nor denies the claim.
  const inner = chain[0];
  if (inner && partOfChain(ctx, b).some((c) => c.id === inner.id)) {
    const d = draft(
      "part_of",
      `My knowledge base records ${handle(a)} as part of ${handle(inner)}; it doesn't say whether ${handle(a)} sits in ${handle(b)} (also part of ${handle(inner)}).`,
      a,
    );
    d.answered = false;
    d.cited.push(...chain, b);
    return d;
  }
  const where =
    chain.length > 0 ? `${handle(a)} is part of ${chain.map(containerLabel).join(", in ")}` : "";
  const groups = (ctx.model.relations.memberOf.get(a.id) ?? [])
    .map((x) => get(ctx.model, x.group))
    .filter((g): g is KnowledgeRecord => g !== undefined);
  const inGroups =
    groups.length > 0 ? `${handle(a)} takes part in ${andList(groups.map(handle))}` : "";
  const facts = [where, inGroups].filter(Boolean).join("; ");
  // Where the knowledge says nowhere where it sits, the claim is neither confirmed nor denied.
  const d = draft(
    "part_of",
    chain.length > 0
      ? `No: my knowledge base does not record ${handle(a)} as part of ${handle(b)}${facts ? `; ${facts}` : ""}.`
      : `My knowledge base doesn't say where ${theName(a)} sits${inGroups ? `; ${inGroups}` : ""}.`,
    a,
  );
  if (chain.length === 0) d.answered = false;
  d.cited.push(...chain, ...groups);
  return d;
}

/** Is the word written in one of the record's names ("united" in "United Nations Mine…")? */
function spelledIn(ctx: Ctx, id: string, word: string): boolean {
  const doc = ctx.index.docs[ctx.index.docById.get(id) ?? -1];
  return !!doc?.keys.some((k) =>
    foldText(k.text)
      .split(/[^a-z0-9]+/)
      .includes(word),
  );
}

export function partOf(ctx: Ctx): Draft | undefined {
  const first = ctx.named[0];
  if (!first) return undefined;
  // "In which settings does the GFP operate?": "in which" asks for a kind of thing no container
  // is (not "in which office"); the record's own facts answer. ("the office within which UNMAS
  // is housed": the word after it is the record, not a kind.)
  const words = ctx.pq.words;
  const inWhich = words.findIndex(
    (w, i) => /^(?:in|within|under)$/.test(w) && /^(?:which|what)$/.test(words[i + 1] ?? ""),
  );
  const article = /^(?:the|le|la|les)$/.test(words[inWhich + 2] ?? "") ? 1 : 0;
  const kindWord = inWhich >= 0 ? (words[inWhich + 2 + article] ?? "") : "";
  if (
    inWhich >= 0 &&
    !ctx.named.some((n) => spelledIn(ctx, n.rec.id, kindWord)) &&
    !kindAsked(words, ctx.lex) &&
    // ("in which organisational unit": the container noun may follow an adjective.)
    ![kindWord, words[inWhich + 3 + article] ?? ""].some((w) =>
      /^(?:part|parts|one|body|bodies|unit|units|section|sections|division|branch)$/.test(w),
    )
  )
    return undefined;
  const verdict = partOfVerdict(ctx);
  if (verdict) return verdict;
  const s = first.rec;
  const parts = (ctx.model.relations.parts.get(s.id) ?? [])
    .map((id) => ctx.model.byId.get(id))
    .filter((x): x is KnowledgeRecord => x !== undefined);
  const chain = partOfChain(ctx, s);
  const containerAsked =
    first.at > ctx.pq.intentAt &&
    ctx.pq.intentAt >= 0 &&
    /\b(?:in|under|within|inside|dans|sein|of|to|de|du)\b/.test(
      ctx.pq.words.slice(ctx.pq.intentAt, first.at).join(" "),
    );
  // "who is part of the GFP", "which entities belong to UN Action": a group's members.
  const hasMembers = (ctx.model.relations.members.get(s.id)?.length ?? 0) > 0;
  const whoAsked = /^(?:who|qui|which|quels?|quelles?)$/.test(ctx.pq.words[0] ?? "");
  const entityParts = parts.filter((p) => p.type === "entity");
  // "Which entity hosts UN Action's secretariat?": a host asked of a group is no member of it;
  // with none recorded, the question is refused.
  // (The cue may start at "who": "who hosts".)
  const hostAsked =
    ctx.pq.intentAt >= 0 &&
    ctx.pq.words
      .slice(ctx.pq.intentAt, Math.min(first.at, ctx.pq.intentAt + 2))
      .some((w) => inClass(ctx.lex, "host_verbs", w));
  if (hostAsked && chain.length === 0 && s.type === "entity") {
    const members = (ctx.model.relations.members.get(s.id) ?? [])
      .map((m) => ctx.model.byId.get(m.member))
      .filter((x): x is KnowledgeRecord => x !== undefined);
    const vars = {
      name: nameFor(s, ctx.pq.lang),
      holds: members.length > 0 ? `; it names ${andList(members.map(handle))} as a member` : "",
    };
    const d = draft(
      "part_of",
      `My knowledge base doesn't say which body hosts ${vars.name}${vars.holds}.`,
      s,
    );
    return { ...d, answered: false, reason: "missing_fact", say: { id: "no_host", vars } };
  }
  if (
    hasMembers &&
    (containerAsked || chain.length === 0) &&
    (entityParts.length === 0 || (whoAsked && parts.length === 0))
  ) {
    const d = partners(ctx, "members");
    const acts = parts.filter((p) => p.type === "activity");
    if (d && acts.length > 0)
      d.facts.unshift({
        label: "Activities under it",
        value: andList(acts.map(shortName)),
        refs: acts.map(ref),
      });
    if (d) return d;
  }
  if (parts.length > 0 && (containerAsked || chain.length === 0)) {
    const d = draft(
      "part_of",
      `${andList(parts.map(label))} ${parts.length > 1 ? "are" : "is"} housed in ${label(s)}.`,
      parts[0],
    );
    d.cited = [...parts, s];
    const chainUp =
      chain.length > 0 ? `${handle(s)} is part of ${chain.map(handle).join(", in ")}` : "";
    if (chainUp) d.facts.push({ label: "Above it", value: chainUp });
    return d;
  }
  if (chain.length > 0) {
    const d = draft(
      "part_of",
      `${label(s)} is housed in ${chain.map(containerLabel).join(", part of ")}.`,
      s,
    );
    d.cited.push(...chain);
    addListFact(d, "Houses", parts);
    return d;
  }
  if (s.type === "activity" && s.part_of) {
    const g = get(ctx.model, s.part_of) as KnowledgeRecord;
    return draft("part_of", `${shortName(s)} is carried out under ${label(g)}.`, s);
  }
  // "which department does the PoC concept belong to": what is owned belongs to its owner.
  const owners = records(ctx.model, related(ctx.model, "owner", s.id, "reverse"));
  if (owners.length > 0) {
    const d = draft("part_of", `${label(s)} belongs to ${andList(owners.map(containerLabel))}.`, s);
    d.cited.push(...owners);
    return d;
  }
  return undefined;
}

/** "Who are the members of X": a group's members, or an office's parts, or where it is a member. */
export function members(ctx: Ctx): Draft | undefined {
  const verdict = membershipVerdict(ctx);
  if (verdict) return verdict;
  const s = subject(ctx);
  if ((ctx.model.relations.members.get(s.id)?.length ?? 0) > 0 || s.type === "activity")
    return partners(ctx, "members");
  if (s.type === "entity") {
    // "Who is DPO a member of?": the groups it belongs to, not what is in it.
    const groupsAsked = /\b(?:members?|partners?|part) (?:of|in)$/.test(ctx.pq.words.join(" "));
    // "which offices are in DPO": an office's members are its parts.
    if ((ctx.model.relations.parts.get(s.id)?.length ?? 0) > 0 && !ctx.pq.yesNo && !groupsAsked) {
      const d = partOf({
        ...ctx,
        named: [{ ...(ctx.named[0] as Named), rec: s, at: Number.MAX_SAFE_INTEGER }],
      });
      if (d) return { ...d, intent: "members" };
    }
    const ms = ctx.model.relations.memberOf.get(s.id) ?? [];
    if (ms.length === 0) return undefined;
    // "Who sits on the Team of Experts?", "which entities make up…", "the composition of…" ask
    // for its members, not for what it is a member of.
    if (!ctx.pq.yesNo && !groupsAsked) return undefined;
    const groups = ms.map(
      (m) => `${handle(named(ctx, m, "group") as KnowledgeRecord)} (${m.role})`,
    );
    const d = draft("members", `${label(s)} is a member or partner of ${andList(groups)}.`, s);
    d.cited = [...ms, s];
    return d;
  }
  return undefined;
}

/**
 * "Is UNMAS a member of the IACG-MA?", "UNMAS is just a member, not the chair, right?": the
 * recorded membership between the two answers, a "no" when the claim denies or belittles its role.
 */
function membershipVerdict(ctx: Ctx): Draft | undefined {
  const [a, b] = ctx.named;
  if (!ctx.pq.yesNo || !a || !b) return undefined;
  const m = membershipBetween(ctx, a.rec, b.rec);
  if (!m) return undefined;
  const d = relation(ctx);
  const member = ctx.model.byId.get(m.member) as KnowledgeRecord;
  const group = ctx.model.byId.get(m.group) as KnowledgeRecord;
  d.headline = membershipSentence(m.role, handle(member), handle(group));
  const words = ctx.pq.words.join(" ");
  // ("Not a member" after an auxiliary is a denied claim, turned round for the whole answer.)
  const denied =
    !ctx.pq.negated && new RegExp(`\\bnot (?:the |a |an |its )?${m.role}\\b`).test(words);
  const belittled =
    m.role !== "member" && /\b(?:just|only|merely|ordinary|simple|simply|mere)\b/.test(words);
  if (denied || belittled) {
    d.correction = `No: ${d.headline}`;
    // The line under the correction says what the group is, not the correction again.
    const group = d.facts.pop();
    if (group) d.headline = `${group.label}: ${group.value}`;
  } else d.headline = `Yes: ${d.headline}`;
  d.intent = "members";
  return d;
}
