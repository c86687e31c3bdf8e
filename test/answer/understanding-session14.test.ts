// Session 14 mechanisms, on the shipped knowledge: one answer for questions that get the same one,
// yes/no tags typed short or as a doubt, French modals, "en fait partie" and French inversion.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/answer/intent.js";
import { BUILTIN_LEXICON } from "../../src/answer/lexicon/load.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const ask = (q: string) => on.engine.ask(q);
const text = (q: string) => renderText(ask(q));
const parse = (q: string) => parseQuestion(q, () => true, BUILTIN_LEXICON);

describe("questions of one message that get the same answer", () => {
  it("show it once", () => {
    const one = ask("What does the IACG-MA do?");
    const twice = ask("What does the IACG-MA do? And what is its job exactly?");
    expect(twice.parts).toBeUndefined();
    expect(renderText(twice)).toBe(renderText(one));
    // Both questions were read: the normalised text holds each.
    expect(twice.normalized.split(" | ")).toHaveLength(2);
  });
  it("keep the one that gives a verdict, where the other gives the same card without it", () => {
    const t = text("Is UNMAS the chair of the IACG-MA? Also, who chairs the IACG-MA?");
    expect(t).toMatch(/^Yes — UNMAS/);
    expect(t.match(/chairs IACG-MA/g)).toHaveLength(1);
  });
  it("stay apart when their answers differ", () => {
    const a = ask("who chairs the IACG-MA? and what does MARA stand for?");
    expect(a.parts).toHaveLength(2);
  });
});

describe("a source passage the card already says", () => {
  it("is cited by its title, not quoted twice", () => {
    const t = text("what does MARA stand for");
    const [, quoted] = /\nSource: "(.*)"$/.exec(t) ?? [];
    if (quoted) expect(t.slice(0, t.lastIndexOf("\nSource:"))).not.toContain(quoted.slice(0, 40));
    expect(t).toMatch(/\nSources?: /);
  });
  it("is still quoted when the card words the fact otherwise", () => {
    expect(text("who chairs the IACG-MA")).toMatch(/\nSource: "/);
  });
});

describe("yes/no questions typed with a short or doubting tag", () => {
  it("'y/n' and 't/f' tag a claim, after a question mark too", () => {
    expect(parse("unmas chairs the iacg-ma, y/n").yesNo).toBe(true);
    expect(parse("t/f: unmas chairs the iacg-ma").yesNo).toBe(true);
    expect(text("dpko in un action? y/n")).toMatch(/^Yes — /);
    // "y" and "n" alone are still letters ("n" is "and" in chat).
    expect(parse("unmas n dpo").words).toContain("and");
  });
  it("a doubt after the claim ('or is that a mix-up?') is its tag", () => {
    for (const q of [
      "UNMAS chairs the IACG-MA, or is that a mix-up?",
      "UNMAS chairs the IACG-MA, or am I mixing it up with another group?",
      "UNMAS chairs the IACG-MA, or did I get that wrong?",
    ]) {
      expect(parse(q).yesNo).toBe(true);
      expect(text(q)).toMatch(/^Yes — UNMAS/);
    }
  });
  it("a preposition the card leaves out ('among') does not keep a claim from its Yes", () => {
    expect(
      text(
        "True or false: planning and budgets are among the aspects of GFP work with a WPS perspective",
      ),
    ).toMatch(/^Yes — /);
  });
});

describe("French claims", () => {
  it("a modal verb ('doit', 'peut') is a function word, not an unknown one", () => {
    const a = ask("La perspective de genre du GFP doit-elle couvrir les budgets ?");
    expect(a.unexplained ?? []).not.toContain("doit");
    expect(renderText(a)).toMatch(/^Oui — /);
  });
  it("an angle named after its noun ('une perspective de genre') is the fact's own angle", () => {
    // The fact gives the GFP a gender perspective: no "Non" for the same angle in French.
    const t = text("Le GFP doit-il intégrer une perspective de genre dans la planification ?");
    expect(t).not.toMatch(/^Non/);
    expect(t).toMatch(/planning/);
    expect(text("The scoping study looks at SEA from a financial perspective, yeah?")).toMatch(
      /^No — .*gender perspective/,
    );
  });
  it("'en fait partie' is the verb, not the filler 'en fait'; 'En fait, …' still is filler", () => {
    expect(parse("Le HCDH en fait-il partie ?").words).toContain("fait");
    expect(parse("Le HCDH en fait partie ?").words).toContain("fait");
    expect(parse("En fait, qui dirige le MARA ?").filler).toContain("en fait");
  });
  it("a verb and subject inverted with a hyphen ask yes or no, however short", () => {
    expect(parse("L'UNICEF y participe-t-il ?").yesNo).toBe(true);
    expect(parse("Avec qui le DOP coordonne-t-il l'évaluation ?").yesNo).toBe(false);
    // (An English hyphenated word ending "-on" is no inversion.)
    expect(parse("UNMAS add-on?").yesNo).toBe(false);
  });
  it("'… ? Le HCDH en fait-il partie ?' is answered Oui about the work the first part named", () => {
    const a = ask(
      "Avec quelles entités le DOP coordonne-t-il l'évaluation des MARA ? Le HCDH en fait-il partie ?",
    );
    expect(a.parts).toHaveLength(2);
    expect(renderText(a.parts?.[1] as never)).toMatch(/^Oui — OHCHR/);
  });
});

describe("names the knowledge lacks, and audiences", () => {
  it("two acronyms typed side by side ('le PAM (WFP)') are each a name it lacks", () => {
    const a = ask("Le PAM (WFP) est-il membre de l'IACG-MA aux côtés de l'UNMAS ?");
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("unknown_name");
    expect(renderText(a)).toMatch(/PAM/);
    // Two ordinary names typed together are still one ("south sudan").
    expect(renderText(ask("does UNMAS work in South Sudan?"))).toMatch(/south sudan/i);
  });
  it("donors who ask are an audience, not a question about money", () => {
    const t = text("Context: donors keep asking who's driving the assessment.\nQ1: who leads it?");
    expect(t).not.toMatch(/budgets, costs or funding/);
    expect(t).toMatch(/DPO/);
    expect(ask("what do donors fund in mine action?").answered).toBe(false);
  });
});

describe("a verb after 'what'", () => {
  it("'what serves as …' is no plural noun the knowledge lacks", () => {
    const a = ask("what serves as the evidence base for CRSV prevention and response?");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/MARA/);
    expect(ask("which missions use the MARA?").answered).toBe(false);
  });
});

describe("a finding claimed of a study", () => {
  it("'found X to be the main driver', 'the root causes of' ask results the knowledge lacks", () => {
    for (const q of [
      "Is it true the scoping study found poverty to be the main driver of SEA?",
      "what are the root causes of SEA according to the scoping study?",
    ]) {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.reason).toBe("no_results");
    }
    // What the study is about is still answered.
    expect(ask("does the scoping study look at the causes of SEA?").answered).toBe(true);
  });
});

describe("a synonym in the knowledge folder", () => {
  it("'mine clearance' is mine action, so a claim putting it on another record is a No", () => {
    expect(text("Is it true that the Liberia joint programme was about mine clearance?")).toMatch(
      /^No — .*mine action/,
    );
    expect(text("who coordinates mine clearance?")).toMatch(/^UNMAS/);
  });
});
