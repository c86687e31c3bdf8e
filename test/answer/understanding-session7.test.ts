// Session 7 mechanisms, on the shipped knowledge: one-letter chat spellings, cues weighed where
// they stand, "what are the <bodies> …" as a which-question.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/answer/intent.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const text = (q: string) => renderText(on.engine.ask(q));
const MARA_PARTNERS = /OHCHR[\s\S]*UNFPA[\s\S]*UNICEF/;

describe("one-letter chat spellings", () => {
  it("'w', 'r' and 'n' are read as the words they stand for", () => {
    expect(parseQuestion("which agencys r partnering w DPO on mara", () => false).words).toEqual(
      expect.arrayContaining(["are", "with"]),
    );
    expect(parseQuestion("women n girls", () => false).words).toContain("and");
  });
  it("'w/o' is without, not with", () => {
    const words = parseQuestion("who works w/o DPO", () => false).words;
    expect(words).toContain("without");
    expect(words).not.toContain("with");
  });
  it("other single letters still go", () => {
    expect(parseQuestion("what does x stand for", () => false).words).not.toContain("x");
  });
  it("partner questions in chat spelling list the partners", () => {
    for (const q of [
      "which agencys r partnering w DPO on mara",
      "wat r the orgs helping dpo w mara",
      "hey who r the partners dpo works w on the mara eval, need full list asap",
    ])
      expect(text(q), q).toMatch(MARA_PARTNERS);
  });
});

describe("cues weighed where they stand", () => {
  it("a cue in the head outweighs a heavier one further on", () => {
    const p = parseQuestion("who are the partners dpo works with on the mara", () => false);
    expect(p.intent).toBe("partners");
  });
  it("'what are the <bodies> <doing>' asks which, not what they are", () => {
    expect(
      parseQuestion("what are the organisations helping dpo with mara", () => false).intent,
    ).toBe("partners");
    // Without a kind of body after it, "what are" still asks a definition.
    expect(parseQuestion("what are the SEA resources", () => false).intent).not.toBe("partners");
  });
});

describe("claims that end by asking whether they hold", () => {
  it("'Is that the case?' and 'c'est bien le cas ?' make a claim, not an examples question", () => {
    for (const q of [
      "I was told OHCHR is the lead on the MARA assessment and DPO just helps. Is that the case?",
      "Le HCDH dirige l'évaluation du MARA, c'est bien le cas ?",
    ]) {
      const t = text(q);
      expect(t, q).toMatch(/^(?:No|Non) —/);
      expect(t, q).toMatch(/led by DPO/);
    }
  });
});

describe("a schedule asked for", () => {
  it("'timeline' asks a date: answered where one is held, refused where none is", () => {
    expect(text("what is the timeline of the MARA assessment?")).toMatch(/November 2020/);
    const a = on.engine.ask("what is the timeline of UN Action?");
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(/doesn't say when/);
    expect(
      on.engine.ask(
        "I would be grateful for the timeline of the forthcoming update of the MARA guidance.",
      ).answered,
    ).toBe(false);
  });
  it("a French question gets the missing fact in French", () => {
    const a = on.engine.ask("quel est le calendrier de la mise à jour des directives du MARA ?");
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(/^Ma base de connaissances ne dit pas quand/);
  });
});

describe("typos of short words and of kinds of body", () => {
  it("two neighbouring letters swapped in a four-letter word ('tema') read as the word", () => {
    expect(text("hey which tema does rol work coordinate w on sexual violence")).toMatch(
      /Team of Experts/,
    );
    expect(parseQuestion("which tema leads", () => false).words).toContain("team");
    // A word of the language stays as written.
    expect(parseQuestion("which meat leads", () => false).words).toContain("meat");
  });
  it("misspelt kinds of body ('agnecy', 'departmnet') are read as the kind", () => {
    expect(parseQuestion("which agnecy chairs the iacg-ma", () => false).words).toContain("agency");
    expect(text("wich departmnet leads the mara")).toMatch(/^DPO/);
  });
  it("a knowledge word with two letters swapped is found ('mnie action')", () => {
    expect(text("who coordinates mnie action?")).toMatch(/UNMAS/);
  });
});

describe("French pronouns and people", () => {
  it("French 'on' is a pronoun, not 'about': 'on voit le sigle partout' names nothing", () => {
    expect(text("C'est quoi la CRSV exactement ? On voit le sigle partout")).toMatch(
      /conflict-related sexual violence/,
    );
  });
  it("'qui est responsable de' asks the body in charge; 'qui est le responsable' a person", () => {
    expect(text("qui est responsable de la lutte antimines ?")).toMatch(/UNMAS/);
    expect(on.engine.ask("qui est le responsable de la lutte antimines ?").answered).toBe(false);
  });
});

describe("counting groups of people a fact lists", () => {
  it("'how many population groups' counts the girls, women, boys and men a fact lists", () => {
    for (const q of [
      "how many population groups does the IACG-MA name?",
      "how many groups of people does the IACG-MA consider?",
      "Combien de catégories de personnes l'IACG-MA prend-il en compte (filles, femmes, etc.) ?",
    ])
      expect(text(q), q).toMatch(/^(?:Four|Quatre): girls, women, boys and men/);
  });
  it("a statistic about one group is still refused", () => {
    expect(
      on.engine.ask("I need the number of girls and boys affected by mines from the IACG-MA data")
        .answered,
    ).toBe(false);
  });
  it("bodies are still counted among the bodies", () => {
    expect(text("how many partners does the MARA assessment have?")).toMatch(/^Five:/);
  });
});

describe("a count claimed of a list a fact spells out", () => {
  it("is confirmed when it matches and corrected when it does not", () => {
    expect(
      text("there are nine aspects of GFP work listed that need a gender perspective, correct?"),
    ).toMatch(/^Yes — Nine: assessments/);
    expect(text("the GFP lists 7 aspects, true?")).toMatch(/^No — Nine: assessments/);
    expect(text("le GFP compte neuf aspects, c'est exact ?")).toMatch(/^Oui — Neuf/);
  });
  it("a figure the knowledge does not give is still no claim it can check", () => {
    expect(on.engine.ask("UN Action has 24 members, right?").answered).toBe(false);
  });
});

describe("scope: money idioms and French meetings", () => {
  it("paying in other words is a funding question the knowledge cannot answer", () => {
    for (const q of [
      "OSRSG-SVC is footing the bill for the MARA assessment, right?",
      "who is picking up the tab for the MARA assessment?",
      "qui finance l'évaluation du MARA ?",
      "l'évaluation est financée par le FNUAP ?",
    ]) {
      const a = on.engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(renderText(a), q).toMatch(/budgets|financements/);
    }
  });
  it("the next meeting, in French, is news the knowledge does not hold", () => {
    const a = on.engine.ask("c'est quand sa prochaine réunion ?");
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(/actualités/);
  });
});

describe("a part named by two nouns, or 'under which'", () => {
  it("'the staffing size of X' and 'the resolution under which X…' are parts the knowledge lacks", () => {
    for (const [q, what] of [
      [
        "Could you kindly indicate the staffing size of the Justice and Corrections Service?",
        "staffing size",
      ],
      [
        "Could you indicate the Security Council resolution under which the MARA was established?",
        "resolution",
      ],
    ] as const) {
      const a = on.engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(renderText(a), q).toContain(`names no ${what}`);
    }
  });
  it("a web address is a link the knowledge holds", () => {
    expect(text("Could you kindly provide the web address of the PSEA Task Force?")).toMatch(
      /pseataskforce\.org/,
    );
  });
});

describe("partners asked in a relative clause", () => {
  it("'the entities with which X is coordinating Y', 'alongside which X is conducting Y'", () => {
    for (const q of [
      "Would you please specify the entities with which the Department of Peace Operations is coordinating its assessment of the MARA?",
      "Would you be so kind as to set out the organisations alongside which the Department of Peace Operations is conducting the MARA assessment?",
    ])
      expect(text(q), q).toMatch(MARA_PARTNERS);
  });
});

describe("the same question asked of each name in a list", () => {
  it("'what are A, B and C?', 'one line each: A / B / C', 'c'est quoi A et B ?' answer each", () => {
    for (const [q, n] of [
      ["what are UNMAS, the IACG-MA and the GFP?", 3],
      ["Can someone summarise in one line each: *UNMAS* / *IACG-MA* / *GFP*? :pray:", 3],
      ["c'est quoi le JCS et le GFP ?", 2],
    ] as const) {
      const a = on.engine.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.parts?.length, q).toBe(n);
      expect(new Set(a.parts?.map((p) => p.primary?.id)).size, q).toBe(n);
    }
  });
  it("a list whose parts are not all names stays one question", () => {
    expect(on.engine.ask("what is the link between mine action and PoC?").parts).toBeUndefined();
    expect(text("what is the difference between JCS and GFP?")).toMatch(/different things/);
  });
});

describe("claims that deny a relation", () => {
  const verdict = (q: string) => /^(?:Yes|No) — /.exec(text(q))?.[0];
  it("a denied relation the knowledge records is a No; a denied one it contradicts a Yes", () => {
    expect(verdict("DPPA is not involved in the MARA assessment, right?")).toBe("No — ");
    expect(text("DPPA is not involved in the MARA assessment, right?")).toMatch(
      /DPPA is a partner/,
    );
    expect(verdict("UNICEF has nothing to do with the MARA, correct?")).toBe("No — ");
    expect(verdict("DPO doesn't lead the MARA assessment, right?")).toBe("No — ");
    expect(verdict("OHCHR doesn't lead the MARA assessment, right?")).toBe("Yes — ");
    expect(verdict("DPKO isn't actually a member of UN Action, is it?")).toBe("No — ");
    expect(text("Le DPPA ne participe pas à l'évaluation du MARA, n'est-ce pas ?")).toMatch(
      /^Non — /,
    );
  });
  it("a negative question, a tag or a contrast denies nothing", () => {
    expect(verdict("Isn't DPO the lead on the MARA?")).toBe("Yes — ");
    expect(verdict("Coordination with the Team of Experts has weakened, hasn't it?")).toBe("No — ");
    expect(verdict("UNMAS is just a member of the IACG-MA, not the chair, right?")).toBe("No — ");
  });
  it("a claim that narrows and denies at once stays a No", () => {
    expect(
      verdict("The IACG-MA only shares information, it doesn't set any priorities, right?"),
    ).toBe("No — ");
    expect(
      verdict(
        "The GFP gender requirement is only about HQ advocacy — it doesn't touch budgets, does it?",
      ),
    ).toBe("No — ");
  });
  it("an elided French 'n'' is no chat 'n' for 'and'", () => {
    expect(
      parseQuestion("L'UNMAS n'est pas rattaché au DOMP, c'est ça ?", () => false).words,
    ).not.toContain("and");
  });
});

describe("a body set against the claim", () => {
  it("'led by DPO, not OHCHR' is a Yes; 'led by OHCHR, not DPO' a No", () => {
    expect(text("The MARA is led by DPO, not OHCHR, right?")).toMatch(/^Yes — DPO/);
    expect(text("UNMAS chairs the IACG-MA, not DPO, right?")).toMatch(/^Yes — UNMAS/);
    expect(text("OHCHR leads the MARA assessment, not DPO, right?")).toMatch(
      /^No — The MARA assessment is led by DPO, not OHCHR/,
    );
  });
});

describe("a body said to be part of a piece of work named by its topic", () => {
  it("'is DPPA part of the MARA work?' asks whether it takes part in the MARA assessment", () => {
    expect(text("Is DPPA part of the MARA work?")).toMatch(
      /^Yes — DPPA is a partner in the MARA assessment/,
    );
    expect(text("I'm pretty sure DPPA isn't part of the MARA work at all.")).toMatch(
      /^No — DPPA is a partner/,
    );
    expect(text("is UNMAS part of OROLSI?")).toMatch(/^Yes — UNMAS .* is part of OROLSI/);
  });
});

describe("where a body comes in", () => {
  it("'where does X come in', 'il intervient où' ask what X takes part in; 'in this document' is no link", () => {
    for (const q of [
      "Le HCDH, il intervient où dans ce document ?",
      "where does OHCHR come in in this document?",
    ])
      expect(text(q), q).toMatch(/MARA assessment \(partner/);
    expect(text("Le GFP intervient-il uniquement dans les situations post-conflit ?")).not.toMatch(
      /members and partners/,
    );
  });
});

describe("typos of a word whose stem is short", () => {
  it("'scopng' is 'scoping' (stem 'scop'), found by editing the typed form", () => {
    expect(text("scopng study on SEA - who supported it?")).toMatch(/DPKO/);
  });
});

describe("what a question sets aside", () => {
  it("a cue right after 'beyond' / 'besides' is no ask, and the set-aside record is no subject", () => {
    const p = parseQuestion(
      "Might I ask which role, beyond chairing the inter-agency group, the text attributes to UNMAS?",
      () => false,
    );
    expect(p.intent).not.toBe("chair");
    expect(
      text(
        "Might I ask which role, beyond chairing the inter-agency group, the text attributes to UNMAS?",
      ),
    ).toMatch(/^UNMAS .*coordinator for mine action/);
  });
});

describe("scope words with typos, and titles asked in a clause", () => {
  it("'budgt' is a budget question; 'who the current Special Coordinator … is' asks a person", () => {
    expect(renderText(on.engine.ask("wats the iacg-ma budgt this yr"))).toMatch(/no budgets/);
    const a = on.engine.ask(
      "Could you kindly advise who the current Special Coordinator on improving the UN response to sexual exploitation and abuse is?",
    );
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(/not people/);
    expect(text("could you tell me who the coordinator for mine action is?")).toMatch(/^UNMAS/);
  });
});

describe("email as a medium, and a link owned by a body", () => {
  it("'need for email' says where the answer goes; 'does UNMAS have an email' asks a contact", () => {
    expect(text("dpo mara partnrs list? need for email")).toMatch(MARA_PARTNERS);
    expect(on.engine.ask("does UNMAS have an email i can write to").answered).toBe(false);
  });
  it("'its link to JCS/GFP' is a connection; 'the link to the PSEA site' a web address", () => {
    expect(text("team of experts - rule of law & svc. whats its link to jcs/gfp?")).toMatch(
      /collaborator of GFP/,
    );
    expect(text("the link to the PSEA site?")).toMatch(/pseataskforce\.org/);
  });
});

describe("a body described by what a named record does to it", () => {
  it("'the group that UNMAS chairs' is the IACG-MA, asked about, not UNMAS", () => {
    expect(text("what does the group that UNMAS chairs do?")).toMatch(/^IACG-MA .*develops/);
    expect(
      text(
        "I should be most obliged if you could explain what functions are performed by the inter-agency group that the Mine Action Service chairs, in particular as regards policy, the setting of priorities and the exchange of information.",
      ),
    ).toMatch(/^IACG-MA .*polic.*priorit.*information/);
  });
  it("after a copula the relative is the claim: 'DPO is the agency that chairs UN Action'", () => {
    expect(on.engine.ask("DPO is the agency that chairs UN Action, correct?").answered).toBe(false);
  });
});

describe("French dislocated person questions", () => {
  it("'Le directeur du X, c'est qui ?' asks a person; 'le chef de file…' and 'le coordonnateur…' a body", () => {
    expect(
      on.engine.ask("Le directeur du Service de la lutte antimines, c'est qui ?").answered,
    ).toBe(false);
    expect(text("Le chef de file du MARA, c'est qui ?")).toMatch(/^DPO/);
    expect(text("Le coordonnateur de la lutte antimines, c'est qui ?")).toMatch(/UNMAS/);
  });
});

describe("partners in a setting the knowledge never names", () => {
  it("'who are the GFP partners at HQ?' is refused saying so; what HQ partners must do is answered", () => {
    for (const q of [
      "who are the gfp partners at hq exactly, need agency names",
      "Le GFP, il a combien de partenaires au Siège ?",
      "Could you indicate the number of Global Focal Point partners at Headquarters?",
    ]) {
      const a = on.engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(renderText(a), q).toMatch(/partners at HQ|partenaires de .* au siège/);
    }
    expect(
      text(
        "Could you kindly indicate which perspective HQ partners are expected to include in GFP work?",
      ),
    ).toMatch(/gender perspective/);
    expect(text("who are the GFP partners?")).toMatch(/DPO and JCS/);
  });
});

describe("smaller phrasings of this round", () => {
  it("'bearing in mind that …' after a request is context, not part of the question", () => {
    expect(
      text(
        "Could you kindly indicate what outcome the evaluation of the MARA is expected to produce, bearing in mind that our unit, which drafts policy material, may be asked to contribute to it?",
      ),
    ).toMatch(/update of the existing guidance/);
  });
  it("'je me trompe ?' ends a claim; DAPCP is DPPA's French acronym", () => {
    expect(text("L'UNMAS fait partie du DAPCP, je me trompe ?")).toMatch(
      /^Non — .*not record UNMAS as part of DPPA/,
    );
  });
});
