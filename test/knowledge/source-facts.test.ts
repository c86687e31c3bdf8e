// Every sentence of the source document, with the checks that prove the knowledge base says it.
// The sentences, joined, must equal the whole document, so none can be skipped; and each must be
// backed by a quoted citation, so a record cannot drift away from the passage it came from.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { KnowledgeModel, KnowledgeRecord } from "../../src/knowledge/model.js";

const KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge", import.meta.url));
const DOC = "dpo-contributions-wps";
const SOURCE_TEXT = readFileSync(`${KNOWLEDGE_DIR}/sources/${DOC}.txt`, "utf8");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

let kb: KnowledgeModel;

beforeAll(async () => {
  const result = await loadKnowledge(KNOWLEDGE_DIR);
  if (!result.ok) throw new Error(`knowledge/ does not load:\n${JSON.stringify(result.problems)}`);
  kb = result.model;
});

// ---- reading the model ------------------------------------------------------------------------

function record(id: string): KnowledgeRecord {
  const rec = kb.byId.get(id);
  if (!rec) throw new Error(`no record '${id}' in the knowledge base`);
  return rec;
}

function field(id: string, name: string): unknown {
  return (record(id) as unknown as Record<string, unknown>)[name];
}

function citations(rec: KnowledgeRecord) {
  if (rec.type === "source") return [];
  const own = [...(rec.sources ?? [])];
  if (rec.type === "entity") for (const f of rec.former_names ?? []) own.push(...(f.sources ?? []));
  return own;
}

/** All names a record answers to. */
function names(rec: KnowledgeRecord): string[] {
  switch (rec.type) {
    case "entity":
      return [
        rec.name,
        ...(rec.acronyms ?? []),
        ...(rec.aliases ?? []),
        ...(rec.former_names ?? []).flatMap((f) => [f.name, ...(f.acronyms ?? [])]),
      ];
    case "activity":
      return [rec.name, ...(rec.acronyms ?? []), ...(rec.aliases ?? [])];
    case "term":
      return [rec.term, rec.name, ...(rec.aliases ?? [])];
    case "example":
      return [rec.title, ...(rec.aliases ?? [])];
    default:
      return [];
  }
}

function membership(member: string, group: string, role: string) {
  const m = [...kb.memberships.values()].find(
    (x) => x.member === member && x.group === group && x.role === role,
  );
  if (!m) throw new Error(`no membership: ${member} is ${role} of ${group}`);
  return m;
}

// ---- the kinds of check, each named after the fact it proves -----------------------------------

interface Check {
  fact: string;
  run: () => void;
}

/** `id.field` equals the value (lists compared as sets when `anyOrder`). */
const is = (id: string, name: string, value: unknown): Check => ({
  fact: `${id}.${name} = ${JSON.stringify(value)}`,
  run: () => expect(field(id, name)).toEqual(value),
});

const sameSet = (id: string, name: string, values: string[]): Check => ({
  fact: `${id}.${name} = {${values.join(", ")}}`,
  run: () => expect([...((field(id, name) as string[]) ?? [])].sort()).toEqual([...values].sort()),
});

/** The text (or list of texts) in `id.field` mentions every phrase, ignoring case. */
const says = (id: string, name: string, ...phrases: string[]): Check => ({
  fact: `${id}.${name} says ${phrases.map((p) => `"${p}"`).join(", ")}`,
  run: () => {
    const v = field(id, name) as string | string[] | undefined;
    const text = (typeof v === "string" ? v : (v ?? []).join(" | ")).toLowerCase();
    for (const p of phrases) expect(text, `${id}.${name}`).toContain(p.toLowerCase());
  },
});

/** The record answers to each of these names. */
const named = (id: string, ...wanted: string[]): Check => ({
  fact: `${id} is called ${wanted.map((n) => `"${n}"`).join(", ")}`,
  run: () => expect(names(record(id))).toEqual(expect.arrayContaining(wanted)),
});

/** A membership with this role exists, and its summary mentions the phrases. */
const role = (member: string, r: string, group: string, ...phrases: string[]): Check => ({
  fact: `${member} is ${r} of ${group}${phrases.length ? ` (${phrases.join(", ")})` : ""}`,
  run: () => {
    const summary = (membership(member, group, r).summary ?? "").toLowerCase();
    for (const p of phrases) expect(summary).toContain(p.toLowerCase());
  },
});

const link = (url: string, access: "public" | "intranet", topics: string[]): Check => ({
  fact: `${url} is a ${access} link on ${topics.join(", ")}`,
  run: () => {
    const r = [...kb.resources.values()].find((x) => x.url === url);
    expect(r, url).toMatchObject({ access, topics });
  },
});

const fact = (text: string, run: () => void): Check => ({ fact: text, run });

// ---- the source, sentence by sentence ---------------------------------------------------------

interface Row {
  text: string;
  /** Set only for text that states no fact (page furniture), with the reason. */
  noFact?: string;
  checks: readonly Check[];
}

const MARA_PARTNERS = ["ohchr", "osrsg-svc", "dppa", "unfpa", "unicef"];
const PSEA = "http://www.pseataskforce.org/";
const ISEEK =
  "https://iseek-newyork.un.org/department/office-special-coordinator-improving-un-response-sexual-exploitation-and-abuse";
const LIBERIA = "liberia-joint-rule-of-law-programme";

const SENTENCES: readonly Row[] = [
  { text: "Search", noFact: "the web page's search box label, copied with the text", checks: [] },
  {
    text: "DPO continued to strengthen coordination and coherence on the prevention and response to conflict-related sexual violence across the UN system through active participation in the UN Action Against Sexual Violence in Conflict network and its activities.",
    checks: [
      named("dpo", "Department of Peace Operations", "DPO"),
      is("un-action", "kind", "network"),
      named("un-action", "UN Action Against Sexual Violence in Conflict"),
      role("dpo", "member", "un-action", "active part", "coordination and coherence"),
      role("dpo", "member", "un-action", "prevention and response", "conflict-related sexual"),
      role("dpo", "member", "un-action", "across the UN system", "and its activities"),
      says("dpo", "roles", "strengthens coordination and coherence", "across the UN system"),
      says("un-action", "summary", "conflict-related sexual violence"),
      is("crsv", "name", "conflict-related sexual violence"),
      is("un", "name", "United Nations"),
      is("mara-assessment", "part_of", "un-action"),
    ],
  },
  {
    text: "Most specifically, since November 2020, DPO has notably been leading on an activity to assess the operationalization of the Monitoring, Analysis and Reporting Arrangements on CRSV (MARA) in coordination with OHCHR, OSRSG-SVC, DPPA, UNFPA and UNICEF.",
    checks: [
      is("mara-assessment", "lead", "dpo"),
      is("mara-assessment", "since", "2020-11"),
      is("mara-assessment", "kind", "assessment"),
      is("mara-assessment", "status", "ongoing"),
      sameSet("mara-assessment", "partners", MARA_PARTNERS),
      says("mara-assessment", "name", "assessment of the operationalization"),
      says("mara-assessment", "name", "Monitoring, Analysis and Reporting Arrangements on CRSV"),
      named(
        "mara-assessment",
        "MARA assessment",
        "assessment of the operationalization of the MARA",
      ),
      is("mara", "term", "MARA"),
      says("mara", "name", "Monitoring, Analysis and Reporting Arrangements"),
      says("dpo", "roles", "leads the assessment of the operationalization of the MARA"),
      says("dpo", "roles", "since November 2020"),
      ...MARA_PARTNERS.map((p) => says(p, "roles", "partner in the DPO-led assessment", "MARA")),
    ],
  },
  {
    text: "The MARA serves as the evidence base for all prevention and response activities, both at country level and at the level of the Security Council.",
    checks: [
      says("mara", "definition", "evidence base", "all prevention and response activities"),
      says("mara", "definition", "country level", "Security Council"),
      says("mara-assessment", "purpose", "evidence base", "country level", "Security Council"),
      named("security-council", "United Nations Security Council", "Security Council"),
      says("security-council", "related", "mara"),
    ],
  },
  {
    text: "This evaluation will notably lead to the update of existing guidance on the MARA with a view to strengthen its implementation and impact.",
    checks: [
      says("mara-assessment", "outcome", "update of the existing guidance on the MARA"),
      says("mara-assessment", "outcome", "strengthening its implementation and impact"),
      named("mara-assessment", "evaluation of the MARA", "MARA evaluation"),
      says("mara", "definition", "update of the existing MARA guidance"),
    ],
  },
  {
    text: "DPKO is one of the members in the UN ACTION and contributed to supporting the ongoing initiative to implement a Scoping Study on the Causes and Consequences of sexual exploitation and abuse (SEA) from a Gender Perspective",
    checks: [
      fact("DPKO is DPO's former name until 1 January 2019, citing the restructuring note", () =>
        expect(field("dpo", "former_names")).toContainEqual(
          expect.objectContaining({
            name: "Department of Peacekeeping Operations",
            acronyms: ["DPKO"],
            until: "2019-01-01",
            sources: [{ source: "dpko-dpo-restructuring" }],
          }),
        ),
      ),
      is("dpko-dpo-restructuring", "kind", "note"),
      fact("DPO's UN Action membership quotes DPKO's", () =>
        expect(citations(membership("dpo", "un-action", "member")).map((c) => c.quote)).toContain(
          "DPKO is one of the members in the UN ACTION",
        ),
      ),
      is("sea-scoping-study", "contributors", ["dpo"]),
      is("sea-scoping-study", "kind", "study"),
      is("sea-scoping-study", "status", "ongoing"),
      says("sea-scoping-study", "name", "Scoping Study on the Causes and Consequences"),
      says(
        "sea-scoping-study",
        "name",
        "Sexual Exploitation and Abuse (SEA)",
        "Gender Perspective",
      ),
      says("sea-scoping-study", "related", "un-action"),
      is("sea-scoping-study", "topics", ["sea", "gender-perspective"]),
      is("sea", "name", "sexual exploitation and abuse"),
      says("dpo", "roles", "(a member, as DPKO)", "contributed (as DPKO)", "Scoping Study"),
    ],
  },
  {
    text: "Available resources on SEA :",
    checks: [
      fact("exactly the two listed links are about SEA", () =>
        expect(
          [...kb.resources.values()].filter((r) => r.topics?.includes("sea")).map((r) => r.url),
        ).toEqual(expect.arrayContaining([PSEA, ISEEK])),
      ),
      fact("and no other link is", () =>
        expect([...kb.resources.values()].filter((r) => r.topics?.includes("sea"))).toHaveLength(2),
      ),
    ],
  },
  { text: PSEA, checks: [link(PSEA, "public", ["sea"])] },
  { text: ISEEK, checks: [link(ISEEK, "intranet", ["sea"])] },
  {
    text: "UNMAS, housed in the Department of Peacekeeping Operations Office of Rule of Law and Security Institutions, is the coordinator for mine action and chairs the United Nations Inter-Agency Coordination Group on Mine Action (IACG-MA).",
    checks: [
      named("unmas", "United Nations Mine Action Service", "UNMAS"),
      is("unmas", "part_of", "orolsi"),
      is("orolsi", "part_of", "dpo"),
      named("orolsi", "OROLSI", "Office of Rule of Law and Security Institutions"),
      named(
        "orolsi",
        "Department of Peacekeeping Operations Office of Rule of Law and Security Institutions",
      ),
      says(
        "unmas",
        "roles",
        "coordinator for mine action",
        "chairs the United Nations Inter-Agency",
      ),
      role("unmas", "chair", "iacg-ma", "coordinator for mine action"),
      is("iacg-ma", "kind", "group"),
      named("iacg-ma", "United Nations Inter-Agency Coordination Group on Mine Action", "IACG-MA"),
      is("mine-action", "term", "mine action"),
      says("mine-action", "definition", "UNMAS is the coordinator for mine action"),
    ],
  },
  {
    text: "The IACG-MA develops and revises policies and strategies, sets priorities among UN actors and shares information related to mine action.",
    checks: [
      says("iacg-ma", "roles", "develops and revises policies and strategies"),
      says("iacg-ma", "roles", "sets priorities among UN actors"),
      says("iacg-ma", "roles", "shares information related to mine action"),
    ],
  },
  {
    text: "The IACG-MA applies a needs driven and people centred approach to mine action, taking into consideration the differing roles and vulnerabilities of girls, women, boys and men.",
    checks: [
      says("iacg-ma", "roles", "applies a needs-driven and people-centred approach to mine action"),
      says("iacg-ma", "description", "differing roles and vulnerabilities"),
      says("iacg-ma", "description", "girls, women, boys and men"),
    ],
  },
  {
    text: "Mine action also supports all tiers of the DPKO Concept of Operations for Protection of Civilians.",
    checks: [
      is(
        "poc-concept-of-operations",
        "name",
        "DPKO Concept of Operations for Protection of Civilians",
      ),
      is("poc-concept-of-operations", "kind", "policy"),
      says("poc-concept-of-operations", "related", "dpo"),
      says("poc-concept-of-operations", "summary", "mine action supports all of its tiers"),
      says("mine-action", "definition", "supports all tiers of the DPKO (now DPO) Concept of"),
      is("poc", "term", "PoC"),
      is("poc", "name", "protection of civilians"),
      says("unmas", "description", "supports all tiers"),
    ],
  },
  {
    text: "Justice and Corrections Service(JCS): DPKO rule of law work, through the Global Focal Point (GFP) for the Police, Justice and Corrections Areas in the Rule of Law in Post-conflict and other Crisis Situations continues to benefit from UN Women expertise as well as strengthened coordination with the Team of Experts on the Rule of Law and Sexual Violence in Conflict.",
    checks: [
      named("jcs", "Justice and Corrections Service", "JCS"),
      is("jcs", "kind", "service"),
      is("jcs", "part_of", "dpo"),
      says("jcs", "roles", "rule of law work through the Global Focal Point (GFP)"),
      named("gfp", "GFP", "Global Focal Point"),
      says("gfp", "name", "Police, Justice and Corrections Areas in the Rule of Law"),
      says("gfp", "name", "in Post-conflict and other Crisis Situations"),
      is("gfp", "kind", "arrangement"),
      role("jcs", "partner", "gfp", "rule of law work"),
      role("dpo", "partner", "gfp", "rule of law work"),
      role("un-women", "contributor", "gfp", "expertise"),
      says("un-women", "roles", "provides expertise"),
      named(
        "team-of-experts",
        "Team of Experts on the Rule of Law and Sexual Violence in Conflict",
      ),
      role("team-of-experts", "collaborator", "gfp", "strengthened coordination"),
      says("jcs", "roles", "strengthened coordination with the Team of Experts"),
      says("rule-of-law", "definition", "Justice and Corrections Service", "Global Focal Point"),
    ],
  },
  {
    text: "The GFP arrangement ensures that partners at HQ systematically include a women, peace and security/gender perspective into all key aspects of GFP work, including assessments, planning, programming, advocacy, annual work plans, budgets, projects, missions, and deployments.",
    checks: [
      says("gfp", "roles", "ensures that partners at HQ systematically include"),
      says("gfp", "roles", "a women, peace and security/gender perspective into all key aspects"),
      says("gfp", "description", "assessments", "planning", "programming", "advocacy"),
      says("gfp", "description", "annual work plans", "budgets", "projects", "missions"),
      says("gfp", "description", "deployments"),
      is("hq", "name", "headquarters"),
      is("wps", "name", "women, peace and security"),
      says("gender-perspective", "definition", "GFP arrangement"),
    ],
  },
  {
    text: "As an example, in the context of Liberia, GFP partners teamed up to implement a joint rule of law programme that focused on strengthening gender responsiveness of justice, security and legislative actors, including in regard to violence against women.",
    checks: [
      is(LIBERIA, "place", "Liberia"),
      is(LIBERIA, "who", ["gfp"]),
      says(LIBERIA, "what", "GFP partners teamed up", "joint rule of law programme"),
      says(LIBERIA, "focus", "gender responsiveness of justice, security and legislative actors"),
      says(LIBERIA, "focus", "violence against women"),
      says("gfp", "related", LIBERIA),
    ],
  },
];

describe("source document → knowledge base", () => {
  it("the table's sentences, in order, are the whole source document", () => {
    expect(SENTENCES.map((s) => s.text).join(" ")).toBe(squash(SOURCE_TEXT));
  });

  describe.each(SENTENCES.filter((s) => !s.noFact).map((s) => [s.text.slice(0, 60), s] as const))(
    "%s…",
    (_label, row) => {
      it("has checks and a record citing a passage of it", () => {
        expect(row.checks.length).toBeGreaterThan(0);
        const quoted = [...kb.byId.values()].some((rec) =>
          citations(rec).some(
            (c) => c.source === DOC && c.quote && row.text.includes(squash(c.quote)),
          ),
        );
        expect(quoted, "no record quotes this sentence").toBe(true);
      });
      it.each(row.checks.map((c) => [c.fact, c] as const))("%s", (_fact, check) => {
        check.run();
      });
    },
  );
});

/** Every acronym the source uses, with its official full name (and which record holds it). */
const ACRONYMS: readonly (readonly [acronym: string, id: string, fullName: string])[] = [
  ["DPO", "dpo", "Department of Peace Operations"],
  ["DPKO", "dpo", "Department of Peacekeeping Operations"],
  ["UN", "un", "United Nations"],
  ["CRSV", "crsv", "conflict-related sexual violence"],
  ["MARA", "mara", "Monitoring, Analysis and Reporting Arrangements"],
  ["OHCHR", "ohchr", "Office of the United Nations High Commissioner for Human Rights"],
  [
    "OSRSG-SVC",
    "osrsg-svc",
    "Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict",
  ],
  ["DPPA", "dppa", "Department of Political and Peacebuilding Affairs"],
  ["UNFPA", "unfpa", "United Nations Population Fund"],
  ["UNICEF", "unicef", "United Nations Children's Fund"],
  ["UN Action", "un-action", "United Nations Action Against Sexual Violence in Conflict"],
  ["SEA", "sea", "sexual exploitation and abuse"],
  ["UNMAS", "unmas", "United Nations Mine Action Service"],
  ["OROLSI", "orolsi", "Office of Rule of Law and Security Institutions"],
  ["IACG-MA", "iacg-ma", "United Nations Inter-Agency Coordination Group on Mine Action"],
  ["JCS", "jcs", "Justice and Corrections Service"],
  ["GFP", "gfp", "Global Focal Point for the Police, Justice and Corrections Areas"],
  [
    "UN Women",
    "un-women",
    "United Nations Entity for Gender Equality and the Empowerment of Women",
  ],
  ["HQ", "hq", "headquarters"],
  ["PoC", "poc", "protection of civilians"],
  ["WPS", "wps", "women, peace and security"],
];

describe("acronyms", () => {
  it("every upper-case abbreviation in the source is in the table", () => {
    const used = new Set(SOURCE_TEXT.match(/\b[A-Z]{2,}(?:-[A-Z]{2,})*\b/g));
    used.delete("ACTION"); // "UN ACTION": the table's "UN Action"
    const known = new Set(ACRONYMS.map(([a]) => a));
    expect([...used].filter((a) => !known.has(a))).toEqual([]);
  });

  it.each(ACRONYMS)("%s is %s: %s", (acronym, id, fullName) => {
    const rec = kb.byId.get(id);
    if (!rec) throw new Error(`no record '${id}'`);
    const all = names(rec);
    expect(all).toContain(acronym);
    expect(all.some((n) => n.startsWith(fullName))).toBe(true);
    // A full name the source does not spell out must rest on a cited note.
    if (!squash(SOURCE_TEXT).toLowerCase().includes(fullName.toLowerCase())) {
      const notes = citations(rec).map((c) => c.source);
      expect(notes).toEqual(expect.arrayContaining(["un-official-names"]));
    }
  });
});
