// Session 15 mechanisms, on the shipped knowledge: facts the card already says, a short question
// after a line of context, a verb form that names no record, a claimed state nothing backs.
import { describe, expect, it } from "vitest";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const ask = (q: string) => on.engine.ask(q);
const text = (q: string) => renderText(ask(q));
const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

describe("a fact whose every word the card has already said", () => {
  it("is left out, whatever its order or label", () => {
    for (const q of [
      "what is UNMAS?",
      "who backed the SEA scoping study?",
      "who coordinates with the Team of Experts?",
    ]) {
      const a = ask(q);
      const said = words(`${a.headline} ${a.correction ?? ""}`);
      for (const f of a.facts) expect([...words(f.value)].some((w) => !said.has(w))).toBe(true);
    }
  });
  it("is left out even where it names a record the headline names ('Also linked to: JCS')", () => {
    const a = ask(
      "who coordinates with the Team of Experts on the Rule of Law and Sexual Violence in Conflict?",
    );
    expect(a.headline).toContain("JCS");
    expect(a.facts.map((f) => f.label)).not.toContain("Also linked to");
  });
  it("keeps a fact that adds one word", () => {
    const a = ask("what does DPO do?");
    expect(a.facts.some((f) => /DPKO/.test(f.value) && /2019/.test(f.value))).toBe(true);
  });
});

describe("a quoted passage that introduces a list", () => {
  it("is quoted without its closing colon", () => {
    const t = text("links about SEA");
    expect(t).toMatch(/\nSource: "Available resources on SEA"$/);
  });
});

describe("a short question after a line of context", () => {
  it("asks its own question of the record the context names", () => {
    // The context's "reading" is no request for reading material: "who chairs" is the question.
    const a = ask("Reading up on the IACG-MA today. Who chairs?");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/^UNMAS .*chairs IACG-MA/);
  });
  it("without a subject of its own, has the context's subject in front", () => {
    // "doesn't lead anything?" after a claim about DPO means "DPO doesn't lead anything?".
    const t = text("DPO is just a passive member of UN Action, right? doesn't lead anything?");
    const second = t.split("\n\n")[1] ?? "";
    expect(second).toMatch(/^No — DPO .*leads MARA assessment/);
  });
});

describe("a verb form of a name's word", () => {
  it("names no record ('reviewing' is not the MARA review)", () => {
    const t = text("We are reviewing the GFP. Links?");
    expect(t).toContain("GFP");
    expect(t).not.toMatch(/MARA/);
    const who = text("We are reviewing the GFP. who is involved?");
    expect(who).toMatch(/^GFP's members and partners/);
  });
  it("is no obstacle where a name holds the form itself or it is a synonym", () => {
    expect(ask("what is demining?").primary?.id).toBe("mine-action");
    expect(ask("who leads the MARA review?").headline).toMatch(/^DPO\b/);
  });
});

describe("a claimed state no word of the knowledge names", () => {
  it("gets the card without a 'Yes'", () => {
    for (const q of ["is the GFP being audited?", "the IACG-MA is being evaluated, right?"]) {
      const a = ask(q);
      expect(a.headline).not.toMatch(/^Yes\b/);
      expect(a.correction ?? "").not.toMatch(/^Yes\b/);
    }
  });
  it("does not stop a claim its other words back", () => {
    expect(text("UNMAS chairs the IACG-MA, right?")).toMatch(/^Yes — /);
    expect(text("Is the SEA scoping study framed from a gender perspective?")).toMatch(/^Yes — /);
  });
});

describe("an angle a fact gives in other words", () => {
  it("is no other angle ('gender' in an approach the knowledge calls gender-sensitive)", () => {
    expect(text("Does the IACG-MA consider gender in its approach to mine action?")).toMatch(
      /^Yes — /,
    );
  });
  it("still leaves a claimed angle no fact gives a 'No'", () => {
    expect(text("the SEA scoping study looks at it from a legal perspective, right?")).toMatch(
      /^No — .*gender perspective/,
    );
  });
});

describe("how the asker wants the answer shaped", () => {
  it("is filler ('yes/no + one line pls', 'en une ligne')", () => {
    expect(text("Does UNMAS chair the IACG-MA? yes/no + one line pls")).toMatch(/^Yes — /);
    expect(text("Est-ce que l'UNMAS préside l'IACG-MA ? en une ligne")).toMatch(/^Oui — /);
  });
});

describe("a purpose typed after the request without a comma", () => {
  it("is context: 'for an upcoming briefing' asks nothing of the future", () => {
    const a = ask(
      "Would you be able to summarise the functions of the IACG-MA for an upcoming briefing?",
    );
    expect(a.answered).toBe(true);
    expect(a.primary?.id).toBe("iacg-ma");
    const fr = ask(
      "Pourriez-vous me dire qui dirige l'évaluation du MARA pour une réunion demain ?",
    );
    expect(renderText(fr)).toMatch(/^DPO\b/);
  });
  it("keeps the words of a request whose 'for' is no occasion", () => {
    expect(text("what does mine action do for the protection of civilians?")).toMatch(
      /Protection of Civilians/,
    );
  });
});

describe("a heading before a colon", () => {
  it("is what 'they' means in the question after it", () => {
    const a = ask("*IOM & UNHCR* coordination: do they participate in the IACG-MA?");
    expect(a.answered).toBe(false);
    expect(a.normalized).toMatch(/iom/);
  });
  it("says nothing of who asks ('*For the GFP one-pager*:' keeps the GFP)", () => {
    const t = text(
      "*For the GFP one-pager*: where does a WPS/gender perspective have to be built in?",
    );
    expect(t).toMatch(/GFP/);
  });
});

describe("a role an entity holds, asked in French", () => {
  it("'qui est le coordonnateur de…' is the entity, not a person", () => {
    expect(
      text("Qui est le coordonnateur de la lutte antimines dans le système des Nations Unies ?"),
    ).toMatch(/^UNMAS\b/);
    expect(
      ask("Qui est le coordonnateur spécial pour l'amélioration des réponses aux EAS ?").answered,
    ).toBe(false);
  });
});

describe("a host asked of a group", () => {
  it("is refused with what the knowledge holds, not answered with its members", () => {
    for (const q of [
      "Could you indicate which entity hosts the secretariat of the UN Action network?",
      "qui accueille le secrétariat de UN Action ?",
    ]) {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.reason).toBe("missing_fact");
    }
    expect(text("who hosts UN Action?")).toMatch(
      /doesn't say which body hosts .*; it names DPO as a member\./,
    );
  });
  it("of a body with a container, is that container", () => {
    expect(text("which entity hosts UNMAS?")).toMatch(/housed in OROLSI/);
  });
});

describe("a question that points at the bare items listed after it", () => {
  it("is asked of each item", () => {
    const a = ask("Can someone confirm what these stand for?\n- `JCS`\n- `GFP`\n- `IACG-MA`");
    expect(a.parts).toHaveLength(3);
    const t = renderText(a);
    for (const s of [
      "Justice and Corrections Service",
      "Global Focal Point",
      "Inter-Agency Coordination Group on Mine Action",
    ])
      expect(t).toContain(s);
    const fr = renderText(
      ask("Pouvez-vous me dire ce que signifient ces sigles ?\n- JCS\n- OROLSI"),
    );
    expect(fr).toContain("Office of Rule of Law and Security Institutions");
  });
  it("leaves a question that points at nothing as it is, its bullets their own", () => {
    const a = ask("Who chairs the IACG-MA?\n- what does MARA stand for?");
    expect(a.parts).toHaveLength(2);
  });
});

describe("a claim that a record ignores what a fact says it takes into account", () => {
  it("is answered 'No' with that fact", () => {
    expect(
      text("I heard the IACG-MA treats everyone the same and ignores gender differences. True?"),
    ).toMatch(/^No — IACG-MA takes gender and age into account/);
  });
});

describe("a narrowing word before a noun phrase and its preposition", () => {
  it("still narrows what follows ('just a reporting tool for the Security Council')", () => {
    expect(text("So the MARA is just a reporting tool for the Security Council?")).toMatch(
      /^No — .*both at country level and at the level of the Security Council/,
    );
  });
});

describe("a plural pronoun after a question about names the knowledge lacks", () => {
  it("means those names: the follow-up is refused for them", () => {
    const a = ask(
      "*IOM & UNHCR* coordination: do they participate in the IACG-MA, and what are their roles?",
    );
    expect(a.parts).toHaveLength(2);
    const second = a.parts?.[1];
    expect(second?.answered).toBe(false);
    expect(second?.headline).toMatch(/IOM, UNHCR/);
  });
  it("leaves a pronoun after names the knowledge holds to the usual reading", () => {
    const a = ask("does DPO work with OHCHR and UNFPA? what do they do?");
    expect(a.parts?.every((p) => p.answered)).toBe(true);
  });
});
