// How questions are understood, on the shipped knowledge: every word's role, unknown words as
// evidence rather than a veto, answer types and their refusals, yes/no in several forms, several
// questions in one message, the question inside a long message, French.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");

const ask = (q: string): Answer => on.engine.ask(q, { explain: true });
const text = (q: string) => renderText(on.engine.ask(q));
const roleOf = (a: Answer, word: string) => a.explain?.words.find((w) => w.word === word)?.role;

describe("every word gets a role", () => {
  it.each([
    ["who leads the MARA assessment tbh", "tbh", "filler"],
    ["kindly advise who chairs the IACG-MA", "kindly advise", "filler"],
    ["who chairs the IACG-MA", "iacg", "name"],
    ["what does the MARA feed into?", "feed", "unexplained"],
    ["can u tell me how WFP's school feeding programme works", "wfp", "unexplained name"],
  ])("%s: '%s' is %s", (q, word, role) => {
    expect(roleOf(ask(q), word)).toBe(role);
  });

  it("reads chat spellings and contractions as the words they stand for", () => {
    const a = ask("wat does MARA stand for lol");
    expect(a.answered).toBe(true);
    expect(a.headline).toMatch(/Monitoring, Analysis and Reporting/);
    expect(ask("who's the lead on the MARA assessment?").headline).toMatch(/^DPO/);
  });

  it("corrects a typo of a cue that is also its prefix", () => {
    expect(ask("who is leadin the MARA assessment").intent).toBe("lead");
  });
});

describe("unknown words weigh instead of veto", () => {
  it.each([
    "who leads the MARA assessment tbh",
    "what is DPO's remit?",
    "kindly advise who chairs the IACG-MA",
    "gimme the SEA links",
  ])("%s is answered", (q) => expect(ask(q).answered).toBe(true));

  it("names the unknown name-like subject in the refusal", () => {
    const a = ask("can u tell me how WFP's school feeding programme works");
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("unknown_name");
    expect(a.headline).toBe("I don't have anything on WFP in my knowledge base.");
    expect(a.unexplained).toContain("wfp");
  });

  it("treats an unexplained topic after 'about' as the subject", () => {
    const a = ask("what does UNICEF do about malaria?");
    expect(a.answered).toBe(false);
    expect(a.headline).toMatch(/anything on malaria/);
  });
});

describe("answer types and their refusals", () => {
  it("counts a list the knowledge states in full", () => {
    expect(ask("how many partners does the MARA assessment have?").headline).toMatch(
      /^Five: OHCHR, OSRSG-SVC, DPPA, UNFPA and UNICEF\.$/,
    );
  });

  it("refuses a count the knowledge does not hold, saying what it does hold", () => {
    const a = ask("how many members does UN Action have");
    expect(a).toMatchObject({ answered: false, reason: "no_count" });
    expect(a.headline).toBe(
      "My knowledge base doesn't give a member count for UN Action; it names DPO as a member.",
    );
  });

  it("refuses findings it does not hold, saying what it expects instead", () => {
    const a = ask("what were the findings of the MARA assessment?");
    expect(a).toMatchObject({ answered: false, reason: "no_results" });
    expect(a.headline).toMatch(/update of the existing guidance/);
  });

  it("refuses a link it does not hold", () => {
    expect(ask("link to the MARA guidance doc?")).toMatchObject({ answered: false });
  });

  it("answers a date it holds and refuses one it does not", () => {
    expect(ask("since when has DPO led the MARA assessment?").headline).toMatch(/November 2020/);
    expect(ask("what's the publication date for the new MARA guidelines?").answered).toBe(false);
  });

  it("refuses a person's name where the knowledge names organisations", () => {
    const a = ask("who's the current director of UNMAS?");
    expect(a).toMatchObject({ answered: false, reason: "out_of_scope" });
  });

  it("refuses requests to act", () => {
    expect(ask("can you book me a room for the IACG-MA meeting on thursday").answered).toBe(false);
  });
});

describe("yes/no in any form", () => {
  it.each([
    ["is the MARA assessment led by OHCHR?", /^No — The MARA assessment is led by DPO, not OHCHR/],
    ["OHCHR runs the MARA assessment, right?", /^No — /],
    ["true or false: UNMAS chairs the IACG-MA", /^Yes — /],
    ["UNMAS chairs the IACG-MA, correct?", /^Yes — /],
    ["the IACG-MA is chaired by UNICEF, isn't it?", /^No — /],
  ])("%s", (q, re) => {
    const a = on.engine.ask(q);
    expect(a.answered).toBe(true);
    expect(a.correction ?? a.headline).toMatch(re);
  });
});

describe("several questions, long messages", () => {
  it("answers each of up to three questions", () => {
    const a = on.engine.ask(
      "two things: who chairs the IACG-MA, and what does UN Women bring to the GFP?",
    );
    expect(a.parts).toHaveLength(2);
    const t = renderText(a);
    expect(t).toMatch(/UNMAS/);
    expect(t).toMatch(/expertise/);
  });

  it("finds the question after lines of context, and 'it' refers to what they named", () => {
    const t = text(
      "Morning all.\nI'm drafting the mine action section of a briefing and the IACG-MA keeps coming up.\nWho chairs it?",
    );
    expect(t).toMatch(/^UNMAS/);
  });

  it("a message with one refused question is not answered as a whole", () => {
    expect(
      on.engine.ask("is the MARA assessment finished yet? what were the results").answered,
    ).toBe(false);
  });
});

describe("what a question is really about", () => {
  it("a follow-up after a who-question refers to its answer", () => {
    const a = on.engine.ask("two things:\n• who chairs `IACG-MA`?\n• where is that entity housed?");
    expect(a.parts).toHaveLength(2);
    expect(renderText(a)).toMatch(/OROLSI|Rule of Law and Security Institutions/);
  });

  it("counts only what the list holds", () => {
    const a = on.engine.ask("how many countries does the MARA assessment cover?");
    expect(a).toMatchObject({ answered: false, reason: "no_count" });
  });

  it("'women' alone does not name UN Women; 'UN Women' and 'ONU Femmes' do", () => {
    const a = ask("does the IACG-MA consider girls, women, boys and men?");
    expect(a.explain?.words.find((w) => w.word === "women")?.detail).not.toBe("un-women");
    expect(on.engine.ask("what does UN Women do?").primary?.id).toBe("un-women");
    expect(on.engine.ask("what does ONU Femmes do").primary?.id).toBe("un-women");
  });

  it("'besides X, which other…' does not answer with X", () => {
    const a = on.engine.ask("besides Liberia, which other countries had a GFP joint programme?");
    expect(a.answered).toBe(false);
  });
});

describe("French", () => {
  it.each([
    ["qui dirige l'évaluation du MARA ?", /DPO/],
    ["que signifie VSLC ?", /conflict-related sexual violence/],
    ["qui préside le groupe de coordination sur la lutte antimines ?", /UNMAS/],
    ["À quoi l'évaluation du MARA doit-elle aboutir ?", /update of the existing guidance/],
  ])("%s", (q, re) => {
    const a = on.engine.ask(q);
    expect(a.answered).toBe(true);
    expect(a.lang).toBe("fr");
    expect(renderText(a)).toMatch(re);
  });

  it("refuses in French", () => {
    expect(on.engine.ask("qui dirige le PAM au Soudan ?").headline).toMatch(/^Je n'ai rien sur/);
  });
});
