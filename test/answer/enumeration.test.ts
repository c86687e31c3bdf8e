// Lists a fact spells out: found in the text, counted, and shown in full when asked for.
import { describe, expect, it } from "vitest";
import { enumerationIn } from "../../src/answer/enumeration.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

describe("enumerationIn", () => {
  it.each([
    [
      "covers all key aspects of GFP work, including assessments, planning, programming, advocacy, annual work plans, budgets, projects, missions and deployments.",
      9,
    ],
    ["Three areas: police, justice and corrections.", 3],
    ["Partners such as OHCHR, UNFPA or UNICEF joined.", 3],
  ])("%s → %i items", (text, n) => expect(enumerationIn(text)?.length).toBe(n));

  it.each([
    "Gender perspective: The GFP arrangement ensures that partners at HQ systematically include a women, peace and security/gender perspective",
    "including in regard to violence against women.",
    "DPO, with OHCHR.",
  ])("%s → no list", (text) => expect(enumerationIn(text)).toBeUndefined());

  it("skips a colon that starts prose and takes the list after it", () => {
    expect(
      enumerationIn(
        "Gender perspective: The GFP arrangement ensures that partners include a women, peace and security/gender perspective into all key aspects of GFP work: assessments, planning, budgets and deployments.",
      ),
    ).toEqual(["assessments", "planning", "budgets", "deployments"]);
  });
});

const on = engineOnFolder("knowledge");

describe("questions about a list a fact spells out", () => {
  it.each([
    "For the record, could you list the areas of GFP work into which a women, peace and security perspective is to be integrated?",
    "Please specify which areas of work the Global Focal Point arrangement requires a gender perspective to be integrated into.",
    "I would be grateful for a fuller account of the areas of Global Focal Point work into which headquarters partners are expected to integrate a women, peace and security perspective.",
  ])("%s: the list leads, in full", (q) => {
    const a = on.engine.ask(q);
    expect(a.answered).toBe(true);
    expect(renderText(a).split("\n")[0]).toMatch(/assessments.*missions and deployments/);
  });

  it("counts the list when asked how many", () => {
    const a = on.engine.ask(
      "how many key aspects of GFP work should include a WPS/gender perspective?",
    );
    expect(a.answered).toBe(true);
    expect(a.headline).toMatch(/^Nine: assessments, planning/);
  });

  it.each([
    ["which parts of GFP work should carry a WPS/gender lens? and how many are listed?", /Nine:/],
    [
      "Dans quels aspects du travail du GFP la perspective de genre est-elle intégrée, et combien y en a-t-il ?",
      /Neuf :? ?assessments|Neuf: assessments/,
    ],
  ])("%s: a count that names nothing counts the previous answer's list", (q, re) => {
    const a = on.engine.ask(q);
    expect(a.answered).toBe(true);
    expect(a.parts?.[1]?.headline).toMatch(re);
  });

  it("a count of a record list still comes first", () => {
    const a = on.engine.ask("how many entities does DPO coordinate with on the MARA assessment?");
    expect(a.headline).toMatch(/^Five: OHCHR/);
  });
});

describe("message layout", () => {
  it("list markers and purpose lead-ins are not part of the question", () => {
    const a = on.engine.ask(
      "Drafting the annex :pencil2:\n1) what does the GFP arrangement make HQ partners do?\n2) list the areas of GFP work it covers pls",
    );
    expect(a.parts).toHaveLength(2);
    const b = on.engine.ask(
      "For a note to the USG, please confirm in which office UNMAS is located.",
    );
    expect(b.answered).toBe(true);
    expect(renderText(b)).toMatch(/Rule of Law and Security Institutions|OROLSI/);
  });
});

describe("a list fact that relates the records asked about", () => {
  it("leads even when other facts share more stray words", () => {
    const a = on.engine.ask("Which elements of GFP work must carry a WPS/gender perspective?");
    expect(renderText(a).split("\n")[0]).toMatch(/assessments, planning/);
  });
  it("'…, and since when has it been running?' is a second question", () => {
    const a = on.engine.ask(
      "What is the MARA assessment expected to lead to, and since when has it been running?",
    );
    expect(a.parts).toHaveLength(2);
    expect(renderText(a)).toMatch(/guidance[\s\S]*November 2020/);
  });
});
