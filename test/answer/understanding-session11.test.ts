// Session 11 mechanisms, on the shipped knowledge: a claim that narrows a list a fact states in
// full is false ("only women and girls"); a tag followed by a sign-off ("…, right? pls") is a tag.
import { describe, expect, it } from "vitest";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const ask = (q: string) => on.engine.ask(q);

describe("a claim that narrows a list", () => {
  it.each([
    ["The IACG-MA is only concerned with women, right?", /girls, women, boys and men/],
    ["the MARA is used just at country level?", /Security Council/],
    ["is the MARA assessment carried out only with UNICEF?", /OHCHR, OSRSG-SVC, DPPA, UNFPA/],
    ["GFP partners only bring a gender perspective to planning, true?", /budgets/],
    // (The facts are in English: a French claim narrows a list of names.)
    ["L'évaluation du MARA se fait uniquement avec l'UNICEF, c'est ça ?", /OHCHR, OSRSG-SVC/],
  ])("%s → no, with the whole list", (q, list) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/^(?:No|Non)\b/);
    expect(renderText(a)).toMatch(list);
  });
  it("keeps what a negation sets aside out of what is kept", () => {
    const text = renderText(
      ask("the MARA serves only the Security Council and not country-level work, correct?"),
    );
    expect(text).toMatch(/^No\b/);
    expect(text).toMatch(/both at country level and at the level of the Security Council/);
  });
  it("leaves a claim that keeps the whole list alone", () => {
    const text = renderText(
      ask("The MARA serves both country level and the Security Council, right?"),
    );
    expect(text).toMatch(/^Yes\b/);
  });
  it("does not read a hedge or an alternative as a narrowing", () => {
    // "basically" hedges; "…or is it only OHCHR?" asks which of two.
    expect(renderText(ask("Is DPPA part of the MARA assessment or is it only OHCHR?"))).not.toMatch(
      /^No\b/,
    );
    expect(renderText(ask("UNMAS is basically the coordinator for mine action, right?"))).toMatch(
      /^Yes\b/,
    );
  });
  it("does not take a list of another record's fact for one a name in the claim shares a word with", () => {
    // "UN Women" is a name here, not the "empowerment of women" in UN Women's own description.
    const text = renderText(ask("The MARA assessment only involves UN Women, right?"));
    expect(text).not.toMatch(/empowerment of women/);
  });
});

describe("a question tag followed by a sign-off", () => {
  it.each([
    ["UNMAS chairs the IACG-MA, right pls", /^Yes\b/],
    ["DPPA leads the MARA assessment, correct? thx", /^No\b/],
    ["UNMAS préside l'IACG-MA, c'est bien ça merci", /^Oui\b/],
  ])("%s", (q, yesNo) => {
    expect(renderText(ask(q))).toMatch(yesNo);
  });
});

describe("a claimed expansion of an acronym", () => {
  it.each([
    [
      "The JCS is the Joint Corrections Secretariat, right?",
      /^No\b/,
      /Justice and Corrections Service/,
    ],
    // ("Funding" is part of the claimed name: no question about money.)
    ["so the UNMAS is the United Nations Mine Funding Service?", /^No\b/, /Mine Action Service/],
    ["IACG-MA means Inter-Agency Coordination Group on Mine Action, yes?", /^Yes\b/, /IACG-MA/],
  ])("%s", (q, yesNo, name) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(yesNo);
    expect(renderText(a)).toMatch(name);
  });
  it("leaves a statement about a body that is no expansion to the claim checks", () => {
    expect(renderText(ask("UNMAS is the Chair of the IACG-MA, right?"))).toMatch(/^Yes\b/);
  });
});

describe("French told by the words only French has", () => {
  it("answers a French claim with few French function words in French", () => {
    expect(renderText(ask("Vrai ou faux : UNMAS préside IACG-MA."))).toMatch(/^Oui\b/);
  });
  it("keeps an English question with a French name in English", () => {
    expect(
      renderText(ask("does UNMAS chair the Groupe de coordination interinstitutions?")),
    ).not.toMatch(/^Oui\b/);
  });
});

describe("more forms the vocabulary reads", () => {
  it("reads 'true/false:' as a claim opener", () => {
    expect(renderText(ask("true/false: UNMAS chairs the IACG-MA"))).toMatch(/^Yes\b/);
  });
  it.each(["is UNMAS doing a good job on mine action?", "l'UNMAS fait-elle du bon travail ?"])(
    "refuses to judge how well a body works: %s",
    (q) => {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.reason).toBe("out_of_scope");
    },
  );
});

describe("a title inside a record's name", () => {
  it("answers the full name of a record whose name holds a title", () => {
    const a = ask("For the glossary, please give the complete name of the Global Focal Point.");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/Police, Justice and Corrections/);
  });
  it.each([
    "could you share the name of the GFP focal point in Liberia?",
    "who's the focal point for the Global Focal Point at HQ?",
  ])("still refuses a person's name: %s", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("out_of_scope");
  });
});

describe("the kind of body a yes/no question names", () => {
  it("confirms when the only word beyond the relation is the kind of body", () => {
    expect(
      renderText(
        ask("Is OHCHR one of the organisations DPO coordinates with on the MARA assessment?"),
      ),
    ).toMatch(/^Yes\b/);
  });
  it("still says no for a body the knowledge lacks", () => {
    expect(
      renderText(
        ask("Is WFP one of the organisations DPO coordinates with on the MARA assessment?"),
      ),
    ).not.toMatch(/^Yes\b/);
  });
});
