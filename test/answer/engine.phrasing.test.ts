// Wording mechanisms on the made-up fixture knowledge: history and status questions, "part of" a
// group, yes/no membership, examples by place, refusals that name the missing fact, greetings,
// sentence joining, and suggested questions that are answered when asked back.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { joinSentences, withoutNameSentence } from "../../src/answer/compose/common.js";
import { createEngine } from "../../src/answer/engine.js";
import type { Answer, Engine } from "../../src/answer/types.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { renderText } from "../../src/render/text.js";
import { fixtureEngine } from "./fixture.js";

const engine = fixtureEngine();
const ask = (q: string) => engine.ask(q);

describe("history and status", () => {
  it.each(["when did WSDV become WSD", "what was WSD called before", "what is WSDV's new name"])(
    "%s → the renaming",
    (q) => {
      const a = ask(q);
      expect(a.answered).toBe(true);
      expect(a.intent).toBe("history");
      expect(a.headline).toContain("WSDV (Water Supply Division) became WSD");
    },
  );
  it("status and start questions lead with the date", () => {
    for (const q of [
      "what is the status of the groundwater survey?",
      "when did the groundwater survey start?",
    ]) {
      const a = ask(q);
      expect(a.intent).toBe("status");
      expect(a.headline).toMatch(/^Since April 2021: the National Groundwater Survey/);
    }
  });
  it("a yes/no status question gets yes or no first", () => {
    expect(ask("is the groundwater survey completed?").headline).toMatch(/^No — .*is ongoing/);
    expect(ask("is the groundwater survey still ongoing?").headline).toMatch(/^Yes — /);
  });
});

describe("membership and parts", () => {
  it.each([
    "who is part of the DRN",
    "who is in the drought network",
    "which entities belong to DRN",
  ])("%s → its members", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.headline).toBe(
      "DRN's members and partners in my knowledge base: WSD (chair) and RCF (member).",
    );
  });
  it("yes/no membership leads with Yes or No", () => {
    expect(ask("is RCF a member of the DRN?").headline).toMatch(/^Yes — RCF is a member of DRN\./);
    const no = ask("is CSO a member of the DRN?");
    expect(no.correction).toMatch(/^No — CSO is not recorded as taking part in DRN/);
    expect(ask("is HYLAB part of WSD?").headline).toMatch(/^Yes — HYLAB .* is part of WSD/);
  });
  it("an office's members are its parts", () => {
    expect(ask("which offices are in WSD").headline).toBe(
      "HYLAB (Hydrology Laboratory) is housed in WSD (Water and Sanitation Department).",
    );
  });
  it("a relation question uses the recorded membership", () => {
    expect(ask("how does RCF relate to DRN").headline).toBe(
      "RCF (Rural Communities Fund) is a member of DRN (Drought Response Network).",
    );
  });
  it("topic + entity means the activity on that topic the entity is in", () => {
    const a = ask("which agencies partner with WSD on drought?");
    expect(a.primary?.id).toBe("groundwater-survey");
    expect(a.headline).toMatch(/^WSD .* has led the National Groundwater Survey since April 2021/);
  });
});

describe("examples, refusals and greetings", () => {
  it("a question naming an example's place answers with the example", () => {
    const a = ask("what did the fund do in Lakeside?");
    expect(a.primary?.id).toBe("lakeside-wells");
  });
  it("a known record but an unknown attribute: a specific, natural refusal", () => {
    const lead = ask("who leads HYLAB");
    expect(lead.answered).toBe(false);
    expect(lead.headline).toBe(
      "My knowledge base doesn't say who leads HYLAB (Hydrology Laboratory).",
    );
    expect(lead.suggestions.length).toBeGreaterThan(0);
    expect(ask("links on WASH").headline).toBe(
      "I have no links about WASH (water, sanitation and hygiene) yet.",
    );
  });
  it.each(["hello", "hi!", "thanks!", "merci", "bonjour", "good morning team", "ok thanks a lot"])(
    "%s → a friendly reply, not a refusal",
    (q) => {
      const a = ask(q);
      expect(a.answered).toBe(true);
      expect(a.headline).not.toMatch(/knowledge base\./);
      expect(a.headline).toMatch(/help|aide/);
    },
  );
  it("help still helps", () => {
    for (const q of ["help", "aide"]) expect(ask(q).intent).toBe("help");
  });
});

describe("sentence joining", () => {
  it("ends every joined part with punctuation and drops repeats", () => {
    expect(
      joinSentences(["applies an approach to water", "its aim is safety", "its aim is safety"]),
    ).toBe("Applies an approach to water. Its aim is safety.");
  });
  it("drops a leading sentence that only restates the name", () => {
    expect(
      withoutNameSentence("Water, sanitation and hygiene. Services.", [
        "water, sanitation and hygiene",
      ]),
    ).toBe("Services.");
    expect(withoutNameSentence("The Réseau (RR). More.", ["reseau"])).toBe("More.");
    expect(withoutNameSentence("Water services.", ["water"])).toBe("Water services.");
  });
  it("a term definition does not repeat its expansion", () => {
    const a = ask("what is WASH");
    expect(a.headline).toBe(
      "WASH stands for water, sanitation and hygiene. Water, sanitation and hygiene services.",
    );
  });
});

/** Every question the engine offers (help, greetings, refusals, did-you-mean) is answered. */
function offered(e: Engine): string[] {
  const answers: Answer[] = [e.help(), e.ask("hello"), e.ask("what is the budget of everything?")];
  for (const id of e.model.byId.keys()) answers.push(e.about(id));
  for (const rec of e.model.byId.values()) {
    if (rec.type === "membership" || rec.type === "source") continue;
    answers.push(e.ask(`who chairs ${rec.id}?`), e.ask(`links on ${rec.id}`));
  }
  const qs = new Set<string>();
  for (const a of answers) {
    for (const s of a.suggestions) qs.add(s.question);
    for (const f of a.facts)
      if (f.label === "Try") for (const m of f.value.matchAll(/"([^"]+)"/g)) qs.add(m[1] as string);
  }
  return [...qs];
}

describe("suggested questions are answered when asked back", () => {
  it("fixture knowledge", () => {
    const qs = offered(engine);
    expect(qs.length).toBeGreaterThan(3);
    const unanswered = qs.filter((q) => !engine.ask(q).answered);
    expect(unanswered).toEqual([]);
  });
  it("shipped knowledge", async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
    const res = await loadKnowledge(path.join(root, "knowledge"));
    if (!res.ok) throw new Error("knowledge does not load");
    const real = createEngine(res.model);
    const qs = offered(real);
    expect(qs.length).toBeGreaterThan(3);
    const unanswered = qs
      .filter((q) => !real.ask(q).answered)
      .map((q) => `${q} → ${renderText(real.ask(q))}`);
    expect(unanswered).toEqual([]);
  });
});
