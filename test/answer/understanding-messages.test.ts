// Messages as busy people write them and claims the knowledge cannot settle, on the shipped
// knowledge: lines that introduce lists, lists numbered inside a line, purposes after a request,
// formal requests with no question word, derived words that are no names, "X led by Y" as a
// description, "the MARA work", and claims about relations the knowledge does not hold.
import { describe, expect, it } from "vitest";
import { isDictionaryWord, isListedWord } from "../../src/answer/dictionary.js";
import { BUILTIN_LEXICON } from "../../src/answer/lexicon/load.js";
import { splitQuestions } from "../../src/answer/split.js";
import type { Answer } from "../../src/answer/types.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const ask = (q: string): Answer => on.engine.ask(q, { explain: true });
const text = (q: string) => renderText(ask(q));
const split = (q: string) => splitQuestions(q, BUILTIN_LEXICON);

describe("message layout", () => {
  it("a line ending in a colon introduces the lines after it and asks nothing", () => {
    const m =
      "Morning all — doing onboarding for a new P3 today. Can someone remind me:\n• which network does DPO take part in on CRSV?\n• what SEA study did DPKO help support?";
    expect(split(m).questions).toEqual([
      "which network does DPO take part in on CRSV?",
      "what SEA study did DPKO help support?",
    ]);
    const a = ask(m);
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/UN Action/);
    expect(renderText(a)).toMatch(/[Ss]coping [Ss]tudy/);
  });
  it("a list numbered inside one line is one question per item", () => {
    expect(
      split("need: 1) whose expertise the GFP work draws on 2) which country we cite").questions,
    ).toEqual(["whose expertise the GFP work draws on", "which country we cite"]);
    // A number that does not count on from 1 is no list.
    expect(split("does mine action support tier 2) of PoC").questions).toHaveLength(1);
  });
  it("a statement after the question saying what the answer is for adds nothing to it", () => {
    const a = ask(
      "Does anyone know what the GFP joint programme in Liberia focused on? Need it for a slide in `deck_v3.pptx` by noon.",
    );
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/legislative/);
    const fr = ask(
      "Avec quelles entités le DOP coordonne-t-il l'évaluation des MARA ? J'ai besoin de la liste complète pour une note au chef de cabinet, merci d'avance.",
    );
    expect(fr.answered).toBe(true);
    expect(renderText(fr)).toMatch(/OHCHR.*UNICEF/s);
  });
  it("a formal request with no question word is the question; the lines before it are context", () => {
    const a = ask(
      "Good morning. Our unit has been asked to contribute a short section on mine action coordination to a forthcoming inter-agency paper. I would be grateful for a briefing on the functions of the Inter-Agency Coordination Group on Mine Action.",
    );
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/priorities/);
  });
  it("a long statement is cut where a 'what' starts, even after 'on'", () => {
    const q =
      "I am preparing talking points for a senior officials' meeting next week and would appreciate precision on what the evaluation is expected to change.";
    expect(split(q).questions).toEqual(["what the evaluation is expected to change."]);
  });
});

describe("words that are no names", () => {
  it("a listed word with a regular suffix or prefix is an ordinary word", () => {
    for (const w of ["onboarding", "offboarding", "reassigning"])
      expect(isDictionaryWord(w)).toBe(true);
    for (const w of ["unmas", "unicef", "orolsi", "liberia", "unwomen", "wfp"])
      expect(isDictionaryWord(w)).toBe(false);
    // Only one suffix: "linkedin" read with a dropped g is no word.
    expect(isDictionaryWord("linkeding")).toBe(false);
    expect(isListedWord("onboarding")).toBe(false);
  });
  it("an ordinary derived word in the context is no subject the knowledge lacks", () => {
    const a = ask(
      "hey so im doing the onboarding deck lol and someone asked me who's the mine action coordinator?? thx",
    );
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/UNMAS/);
    expect(renderText(a)).not.toMatch(/onboarding/);
  });
  it("the bot asked to write something is a writing task", () => {
    const a = ask(
      "Can someone ask the bot to write a 300-word LinkedIn post about UNMAS's gender work?",
    );
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("out_of_scope");
  });
});

describe("the record a question is about", () => {
  it("'X led by Y' describes X: the outcome asked is X's", () => {
    const t = text(
      "Could you please set out the anticipated outcome of the MARA evaluation led by the Department of Peace Operations?",
    );
    expect(t).toMatch(/update of the existing guidance/);
  });
  it("'the MARA work' is the one activity about the MARA", () => {
    expect(text("mara wrk since wen")).toMatch(/November 2020/);
    // The MARA itself has no date.
    expect(ask("when did the MARA start").answered).toBe(false);
  });
});

describe("claims the knowledge can neither confirm nor deny", () => {
  it("housed in a body, for a record whose place the knowledge never gives", () => {
    const a = ask(
      "The Team of Experts on the Rule of Law and Sexual Violence in Conflict is housed inside UNMAS, isn't it?",
    );
    expect(a.answered).toBe(false);
    expect(renderText(a)).not.toMatch(/^No/);
  });
  it("'X houses Y' is Y part of X, corrected by where Y sits", () => {
    const a = ask(
      "DPPA is the department that houses the Office of Rule of Law and Security Institutions, true?",
    );
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/^No — .*OROLSI is part of DPO .*DPKO/);
  });
  it("led by a body that has no part in a piece of work with no recorded lead", () => {
    const a = ask("I heard the scoping study on SEA was commissioned by OHCHR — correct?");
    expect(a.answered).toBe(false);
    // A contributor said to lead it is a no: the knowledge records it as contributing.
    const b = ask("DPKO led the SEA scoping study, right?");
    expect(b.answered).toBe(true);
    expect(renderText(b)).toMatch(/^No/);
  });
});

describe("links named by their site, and links between things", () => {
  it("a link's site name or title acronym names that link", () => {
    expect(ask("pls whats the pseataskforce link").links.map((l) => l.url)).toEqual([
      "http://www.pseataskforce.org/",
    ]);
    expect(ask("is there a link for psea resources").links.length).toBeGreaterThan(0);
    // Named beside its topic, a link asks for all of the topic's links.
    expect(
      ask("is pseataskforce.org the only link we have for SEA resources or is there another one?")
        .links.length,
    ).toBe(2);
  });
  it("'the link between X and Y' is how they relate, said once", () => {
    const a = ask(
      "what's the link between mine action and the DPKO Concept of Operations for Protection of Civilians?",
    );
    expect(a.answered).toBe(true);
    expect(a.headline).toMatch(/tiers/);
    const fr = ask("quel est le lien entre la lutte antimines et la protection des civils ?");
    expect(fr.headline.match(/supports all tiers/g)).toHaveLength(1);
  });
});

describe("things the knowledge names but does not list or hold", () => {
  it("the names of items a fact only mentions are refused", () => {
    const a = ask("what are the names of those tiers of the PoC concept?");
    expect(a.answered).toBe(false);
    expect(a.headline).toMatch(/doesn't list the tiers/);
  });
  it("the names of a list the knowledge holds are that list", () => {
    expect(renderText(ask("what are the names of the MARA partners?"))).toMatch(/OHCHR.*UNICEF/s);
  });
  it("a French noun before the name it belongs to, never used by the knowledge, is refused", () => {
    const a = ask("Quelle résolution du Conseil de sécurité a créé les MARA ?");
    expect(a.answered).toBe(false);
  });
});

describe("claims checked against the recorded relation", () => {
  it("a reported claim ('… and it says X, correct?') is the claim checked", () => {
    const a = ask(
      "Reading through the mine action annex of a partner's draft and it says UNICEF chairs the IACG-MA. Correct?",
    );
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/^No — .*UNMAS/);
  });
  it("a membership belittled or denied is corrected by the role recorded", () => {
    const a = ask("UNMAS is just a member of the IACG-MA, not the chair, right?");
    expect(a.correction).toMatch(/^No — UNMAS .*chairs/);
    expect(ask("Is UNMAS a member of the IACG-MA?").headline).toMatch(/^Yes — UNMAS .*chairs/);
  });
  it("what a body owns belongs to it; a possessive 'own' asks for no owner", () => {
    expect(
      text(
        "Would you indicate which department the Concept of Operations for Protection of Civilians belongs to?",
      ),
    ).toMatch(/belongs to DPO .*DPKO/);
    expect(text("DPO is doing the MARA assessment on its own with no partners, right?")).toMatch(
      /^No/,
    );
  });
});

describe("either/or, premises, and kinds named a word or two after 'which'", () => {
  it("'X or Y?' about a third record is answered with the one the knowledge links to it", () => {
    expect(ask("is the scoping study about CRSV or SEA").headline).toMatch(/^The answer is SEA/);
    expect(ask("is UNMAS housed in OROLSI or DPPA?").headline).toMatch(/^The answer is OROLSI/);
  });
  it("a premise the knowledge does not back is said first, and the message is not answered", () => {
    const a = ask("Since UN Women leads the GFP, who are the other GFP partners?");
    expect(a.answered).toBe(false);
    expect(a.parts?.[0]?.headline).toMatch(/doesn't say who leads GFP/);
    // A time after "since" is no premise.
    expect(ask("Since November 2020, who has led the MARA assessment?").parts).toBeUndefined();
  });
  it("'which inter-agency network' asks for a network", () => {
    expect(
      text(
        "Through participation in which inter-agency network does the Department of Peace Operations pursue coherence on conflict-related sexual violence?",
      ),
    ).toMatch(/UN Action/);
  });
  it("a link said to be on the wrong topic is corrected by its topics", () => {
    expect(
      text("True or false: pseataskforce.org is listed as a resource on mine action."),
    ).toMatch(/^No — .*resources on SEA/);
  });
  it("'other than X' sets aside the record named right after it", () => {
    expect(
      text(
        "Might you enumerate the entities, other than DPO itself, that are associated with the MARA assessment?",
      ),
    ).toMatch(/OHCHR/);
  });
  it("posts written for (ASG, USG) are no organisation the knowledge lacks", () => {
    expect(
      ask("quick sanity check before this goes to the USG: who leads the MARA assessment?")
        .answered,
    ).toBe(true);
  });
});

describe("near misses in chat and French", () => {
  it.each([
    "can u draft me talking pts on unmas for tmrw",
    "drafting remarks for the SRSG — can you write 300 words on CRSV prevention for me?",
    "I would appreciate your assessment of whether the MARA has proven effective to date.",
    "Selon toi, le MARA est-il efficace ?",
    "what did the iacg-ma decide at its last mtg",
    "Team, which UN Women staff member is seconded to JCS? Need a name for the invite",
  ])("%s: refused", (q) => expect(ask(q).answered).toBe(false));
});

describe("what a body brings, and the cue word inside a fact", () => {
  it("'what the GFP requires of partners at HQ' is the fact about partners at HQ, not the list", () => {
    expect(
      ask(
        "I would appreciate clarification on what the Global Focal Point arrangement requires of partners at Headquarters.",
      ).headline,
    ).toMatch(/gender perspective/);
  });
  it("two entities' common work says what each brings there", () => {
    expect(
      text("Please advise what the UN Women contribution to DPKO's rule of law work consists of."),
    ).toMatch(/expertise/);
  });
  it("terse questions with the question word last, and heads asked tersely", () => {
    expect(ask("iacgma founded wen").reason).toBe("no_date");
    expect(ask("team of expets head").answered).toBe(false);
    expect(ask("who was dpo's focal pt for the mara assessment").answered).toBe(false);
  });
});

describe("'in which <thing>' and 'in the field of'", () => {
  it("'in which settings' asks for no container: the record's own facts answer", () => {
    expect(
      text(
        "Could you clarify in which settings the Global Focal Point arrangement for police, justice and corrections operates?",
      ),
    ).toMatch(/post-conflict and other crisis situations/);
  });
  it("'org-wise' asks where a record sits", () => {
    expect(text("quick q - where does unmass sit org-wise? thx")).toMatch(/OROLSI/);
  });
  it("'in the field of mine action' is a domain, not a worked example", () => {
    const a = ask(
      "Could you clarify which body presides over the United Nations Inter-Agency Coordination Group on Mine Action, and what role that same body plays more broadly in the field of mine action?",
    );
    expect(a.answered).toBe(true);
  });
});

describe("statements asked as questions, and changes the knowledge never records", () => {
  it("a statement with a question mark and no asking word is a yes/no question", () => {
    expect(
      text("So UNMAS is just an ordinary member of the IACG-MA and someone else runs it?"),
    ).toMatch(/^No — UNMAS chairs/);
  });
  it("who commissioned a piece of work with no recorded lead is not known, whoever is named", () => {
    expect(ask("Wasn't it UNMAS that commissioned the Scoping Study on SEA?").answered).toBe(false);
    // A partner list the knowledge states in full still answers no.
    expect(text("Is UNMAS a partner in the MARA assessment?")).toMatch(/^No/);
  });
  it.each([
    "OHCHR dropped out of the MARA assessment in 2021, didn't it?",
    "DPO only took over the MARA assessment because UNICEF pulled out, right?",
  ])("%s: refused", (q) => expect(ask(q).answered).toBe(false));
});

describe("what a body contributed", () => {
  it.each(["what did DPKO contribute to?", "what initiative did DPKO back?"])(
    "%s: the work it contributes to",
    (q) => expect(text(q)).toMatch(/contributed to the SEA scoping study/),
  );
  it("the words between 'what' and the verb stay searchable", () => {
    expect(text("What study did DPKO help support?")).toMatch(/[Ss]coping [Ss]tudy/);
  });
});

describe("places", () => {
  it("a country the one recorded example did not take place in is a no, with its place", () => {
    expect(
      text("The GFP partners' joint rule of law programme was in Sierra Leone, correct?"),
    ).toMatch(/^No — .*took place in Liberia/);
  });
  it("whether another programme exists elsewhere, or one in a region, is not known", () => {
    expect(ask("Does the GFP also run a joint programme in Haiti?").answered).toBe(false);
    const a = ask("was there a joint rule of law programme somewhere in West Africa?");
    expect(a.answered).toBe(false);
    expect(a.headline).not.toMatch(/people/);
  });
});

describe("who sits where", () => {
  it("'who sits on X' for a body with no recorded members is refused; 'who is X a member of' lists its groups", () => {
    expect(ask("who sits on the Team of Experts?").answered).toBe(false);
    expect(text("who is DPO a member of?")).toMatch(/UN Action/);
  });
  it("'A, the office B sits in' reads B as part of A", () => {
    expect(text("is OROLSI the office UNMAS sits in?")).toMatch(/^Yes — UNMAS .*part of OROLSI/);
    expect(text("UNMAS sits in DPPA, right?")).toMatch(/^No — my knowledge base/);
  });
});

describe("a claim on the wrong topic", () => {
  it("is corrected by the record's fact on its own topic", () => {
    expect(
      text("Isn't the IACG-MA the body that sets priorities among UN actors on CRSV?"),
    ).toMatch(/^No — IACG-MA sets priorities among UN actors in mine action/);
    expect(text("the IACG-MA sets priorities among UN actors in mine action, right?")).toMatch(
      /^Yes/,
    );
  });
});

describe("relative clauses and membership facts", () => {
  it("a cue inside a relative clause after an ordinary noun asks nothing", () => {
    expect(
      text(
        "Would you be able to specify the perspective from which the study on the causes and consequences of sexual exploitation and abuse is being conducted?",
      ),
    ).toMatch(/gender perspective/);
  });
  it("after a kind of record, the relative clause says which records are asked for", () => {
    expect(
      text(
        "May I request the names of the entities with which DPO is coordinating its assessment of the Monitoring, Analysis and Reporting Arrangements?",
      ),
    ).toMatch(/OHCHR.*UNICEF/s);
  });
  it("a membership fact names the member as people write it", () => {
    expect(
      text(
        "Could you indicate which United Nations entity contributes its expertise to the Department's rule of law work as carried out through the Global Focal Point arrangement?",
      ),
    ).toMatch(/UN Women/);
  });
});
