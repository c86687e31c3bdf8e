// Claims checked against the shipped knowledge: what a record works on, names set against the
// claim, opposites, counts, reasons, roles it names no holder for, answers offered in the
// question, and the refusals that say what the knowledge holds instead.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const ask = (q: string): Answer => on.engine.ask(q, { explain: true });
const text = (q: string) => renderText(ask(q));

describe("a claim about what a record works on", () => {
  it("is 'No' with the record's own card when its facts name another topic", () => {
    const t = text("The Team of Experts works on mine action, correct?");
    expect(t).toMatch(/^No — .*Team of Experts.* mine action/);
    expect(t).toMatch(/rule of law and sexual violence/i);
    // The claim is about the record it names first, whatever the search ranked first.
    const l = text("The Liberia programme was basically about demining, no?");
    expect(l).toMatch(/^No — /);
    expect(l).toMatch(/\nJoint rule of law programme in Liberia:/);
  });
  it("a role claim keeps the topic's card, which names who holds the role", () => {
    expect(text("Isn't UNFPA the coordinator for mine action?")).toMatch(
      /UNMAS is the coordinator/,
    );
  });
  it("a name set against the claim ('not SEA') is not part of what it claims", () => {
    expect(text("I heard the scoping study is about CRSV, not SEA.")).toMatch(
      /^No — .*CRSV.*\n.*sexual exploitation and abuse/,
    );
    expect(ask("You're sure the MARA is about CRSV and not SEA?").headline).toMatch(/^Yes/);
    // A negation that opens the question sets nothing against.
    expect(text("Doesn't the GFP get its gender expertise from UNFPA?")).toMatch(
      /^No — .*UN Women/,
    );
  });
  it("a link's topics link it to them", () => {
    const a = ask(
      "The iSeek link on SEA is the Special Coordinator's office page, not the PSEA task force site — correct?",
    );
    expect(a.answered).toBe(true);
  });
});

describe("claims a recorded fact says the opposite of", () => {
  it.each([
    ["The IACG-MA applies a donor-driven approach, right?", /^No — .*needs-driven/],
    ["the MARA assessment is finished, right?", /^No — .*ongoing/],
    ["mine action only supports the first tier of the PoC concept, correct?", /^No — .*all tiers/],
    [
      "going by our material, UN mine action is gender-blind, isn't it?",
      /^No — .*girls, women, boys and men/,
    ],
  ])("%s", (q, re) => {
    expect(text(q)).toMatch(re);
  });
  it("is answered even when it also says when ('lately'); news alone is still refused", () => {
    expect(
      text("The Team of Experts' coordination with the GFP has weakened lately, true?"),
    ).toMatch(/^No — .*strengthened/);
    expect(ask("any news on the MARA assessment lately?").reason).toBe("out_of_scope");
  });
  it("a composer's own 'No:' is not said twice", () => {
    const t = text("The scoping study on SEA was finished, wasn't it?");
    expect(t).toMatch(/^No — .*ongoing/);
    expect(t.match(/\bNo\b/g)).toHaveLength(1);
  });
});

describe("refusals that say what the knowledge holds instead", () => {
  it("a role it names no holder for is refused with how the two records are related", () => {
    const a = ask("DPO chairs the UN Action network, correct?");
    expect(a.answered).toBe(false);
    expect(a.headline).toMatch(
      /doesn't say who chairs UN Action.*It records: DPO .*is a member of UN Action/,
    );
  });
  it("'the office within which X is housed' asks where X sits", () => {
    expect(
      text(
        "Could you kindly indicate the office within which the United Nations Mine Action Service is housed?",
      ),
    ).toMatch(/^UNMAS .*is housed in OROLSI/);
    expect(text("the office within which UNMAS is housed?")).toMatch(/is housed in OROLSI/);
    expect(text("In which settings does the GFP operate?")).not.toMatch(/housed|part of/);
  });
});

describe("counts claimed and counts asked after a list", () => {
  it("a count of a work's partners is checked against the list", () => {
    expect(text("DPO coordinates the MARA assessment with just two partners, right?")).toMatch(
      /^No — Five: OHCHR, OSRSG-SVC, DPPA, UNFPA and UNICEF/,
    );
    expect(text("the MARA assessment has 5 partners, correct?")).toMatch(/^Yes — Five/);
    // A count of something else is no count of its partners.
    expect(ask("The MARA assessment covers 20 countries, right?").answered).toBe(false);
  });
  it("'…, and how many there are?' counts the list the first answer gave", () => {
    const a = ask(
      "Could you brief me on which entities are listed as DPO's counterparts in the MARA assessment, and how many there are?",
    );
    expect(a.answered).toBe(true);
    expect(a.parts?.[0]?.intent).toBe("partners");
    expect(a.parts?.[1]?.headline).toMatch(/^Five: OHCHR/);
  });
});

describe("a claim the knowledge contradicts, even about when", () => {
  it("'finished and published last year, wasn't it?' is 'No — ongoing'", () => {
    expect(
      text("The scoping study on SEA was finished and published last year, wasn't it?"),
    ).toMatch(/^No — .*ongoing/);
  });
});

describe("more tags, opinions, results and who sits where", () => {
  it("'Accurate?' after a statement makes it the claim checked", () => {
    expect(
      text("I was told the IACG-MA treats women, men, girls and boys all the same. Accurate?"),
    ).toMatch(/^No — .*differing roles/);
  });
  it("'X, housed in Y, chairs Z' is about where X sits", () => {
    expect(
      text(
        "UNMAS, housed in the Department of Political and Peacebuilding Affairs, chairs the IACG-MA. Is that accurate?",
      ),
    ).toMatch(/^No — .*UNMAS is part of OROLSI/);
  });
  it("'does it actually work?' is an opinion, 'did it find anything' asks for results", () => {
    expect(ask("Honestly, does the MARA assessment actually work?").reason).toBe("out_of_scope");
    expect(ask("does DPO work with UNFPA?").answered).toBe(true);
    expect(ask("did the scoping study find anythin on the causes of SEA? ty").answered).toBe(false);
  });
  it("'qui est à la tête de…' asks for a person", () => {
    expect(ask("Qui est à la tête du Service de la lutte antimines ?").reason).toBe("out_of_scope");
  });
});

describe("answers offered in the question", () => {
  it("an unknown alternative beside a known one is a guess, not the subject", () => {
    expect(text("who coordinates mine action, UNMAS or OCHA?")).toMatch(/^UNMAS .*coordinator/);
    expect(ask("who coordinates mine action, OCHA?").reason).toBe("unknown_name");
  });
  it("the right count of a work's partners is confirmed", () => {
    expect(
      ask("Is it true DPO coordinates with exactly five entities on the MARA work?").headline,
    ).toMatch(/^Yes — /);
  });
});

describe("which of a group's partners did an example", () => {
  it("is refused: the example names the group, not which partners", () => {
    for (const q of [
      "Could you kindly provide the names of the GFP partners that implemented the joint programme in Liberia?",
      "which GFP partners took part in the Liberia programme?",
      "Quelles agences partenaires du GFP ont monté le programme au Libéria ? J'ai besoin des noms.",
    ]) {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.headline).toMatch(/GFP/);
    }
  });
  it("the country, the actors targeted, or who did it are still answered", () => {
    expect(
      text(
        "Could you please indicate in which country GFP partners implemented a joint rule of law programme?",
      ),
    ).toMatch(/Liberia/);
    expect(text("which actors did the Liberia programme target?")).toMatch(/legislative actors/);
    expect(text("who implemented the joint programme in Liberia?")).toMatch(/GFP partners/);
  });
});

describe("reasons a claim gives", () => {
  it("a reason no fact gives is refused, saying why", () => {
    const a = ask(
      "DPO started leading the MARA assessment because the Security Council asked it to, right?",
    );
    expect(a.answered).toBe(false);
    expect(a.headline).toMatch(/doesn't say why/);
    expect(ask("DPO leads the MARA assessment, right?").headline).toMatch(/^Yes/);
    // (A marker of three words, in French.)
    const fr = ask(
      "Le DOP dirige l'évaluation des MARA en raison de la demande du Conseil de sécurité, n'est-ce pas ?",
    );
    expect(fr.answered).toBe(false);
    expect(fr.headline).toMatch(/ne dit pas pourquoi/);
  });
});

describe("opinions, names of people, dead links, optional duties", () => {
  it.each([
    "Everyone says the MARA assessment was a failure. You agree?",
    "Might you advise who at UNFPA serves as focal point for the MARA assessment?",
    "whos the un women focal pt for the gfp? need a name",
    "isn't the pseataskforce link dead now?",
  ])("%s is refused", (q) => {
    expect(ask(q).reason).toBe("out_of_scope");
  });
  it("'optional' is contradicted by 'systematically'; 'who at HQ' asks no person", () => {
    expect(
      text("Including a gender perspective in GFP work is optional for HQ partners, isn't it?"),
    ).toMatch(/^No — .*systematically/);
    expect(
      ask("what does the GFP arrangement guarantee on gender? and who at HQ is supposed to do it?")
        .answered,
    ).toBe(true);
  });
});
