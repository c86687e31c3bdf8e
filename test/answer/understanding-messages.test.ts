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

describe("two question phrases sharing one clause", () => {
  it("'within which department and which office … is housed' is one question", () => {
    expect(
      split(
        "May I ask within which department and which office the mine action coordinator is housed?",
      ).questions,
    ).toHaveLength(1);
    expect(
      split("In which department and under which office is UNMAS housed?").questions,
    ).toHaveLength(1);
  });
  it("a question with its own verb before 'and which' is still two", () => {
    expect(split("who chairs the IACG-MA and which office houses UNMAS?").questions).toHaveLength(
      2,
    );
  });
});

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

describe("a name before a dash, and a purpose after a comma", () => {
  it("'X — who sits on it, and where is it hosted?' asks about X", () => {
    const a = ask(
      "*Team of Experts* on RoL & SVC :thinking_face: — who sits on it, and where is it hosted?",
    );
    expect(a.answered).toBe(false);
    expect(a.parts?.[0]?.headline).toMatch(/members of Team of Experts/);
    expect(a.parts?.[1]?.headline).toMatch(/doesn't say where/);
    expect(text("`UNMAS` — where is it housed, and what does the IACG-MA actually do?")).toMatch(
      /OROLSI/,
    );
  });
  it("a remark before the dash is not the topic; a place in it stays in the question", () => {
    expect(ask("unmas in south sudan - what r they doing").answered).toBe(false);
    expect(
      text(
        "<@U04ABC12> asked me this and I blanked :sweat_smile: — which office is `UNMAS` housed in, and what group does it chair?",
      ),
    ).toMatch(/OROLSI/);
  });
  it("', for an upcoming donor briefing.' says what the answer is for", () => {
    expect(
      ask(
        "We would appreciate a short description of the joint programme implemented by GFP partners in Liberia, for an upcoming donor briefing.",
      ).answered,
    ).toBe(true);
  });
});

describe("roles inside a body, referents by kind, French relatives", () => {
  it("'what role does X have in Y' is their recorded membership", () => {
    expect(ask("what role does UNMAS have in the IACG-MA?").headline).toMatch(
      /UNMAS .*chairs IACG-MA/,
    );
  });
  it("'that entity' is the context's entity even when the question names another", () => {
    const a = ask(
      "Row 1: who is the coordinator for mine action? Row 2: what role does that entity have in the IACG-MA?",
    );
    expect(a.parts?.[1]?.headline).toMatch(/^UNMAS .*chairs/);
  });
  it("a French relative clause describes the noun before it, which is the subject", () => {
    expect(
      ask(
        "L'étude exploratoire que le DOMP a contribué à soutenir, elle porte sur quoi exactement ?",
      ).headline,
    ).toMatch(/^SEA scoping study: .*causes and consequences/);
    // "je sais que …" is no relative clause.
    expect(ask("je sais que le DOMP dirige l'évaluation du MARA, c'est vrai ?").headline).toMatch(
      /^Oui/,
    );
  });
});

describe("topics after 'about', and more near misses", () => {
  it("'what is the UN doing about landmines?' asks about mine action, not the UN", () => {
    expect(text("what is the UN doing about landmines?")).toMatch(/UNMAS/);
  });
  it("'what is X responsible for' asks its role; 'who is responsible for X' its lead", () => {
    expect(ask("what is the IACG-MA responsible for?").headline).toMatch(/^IACG-MA .*priorities/);
    expect(ask("who is responsible for mine action?").headline).toMatch(/^UNMAS/);
  });
  it("'in the document' points to the source and asks nothing", () => {
    const a = ask("what is the IACG-MA responsible for in the document?");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/priorities/);
  });
  it.each([
    "true or false: the scoping study concluded SEA is mostly driven by gender inequality",
    "le scoping study sur SEA, il a été publié quand ?",
  ])("%s: refused", (q) => expect(ask(q).answered).toBe(false));
});

describe("a partner asked for with its preposition fronted, in French", () => {
  it("'avec quelle équipe … sa coordination' asks who the subject coordinates with", () => {
    const a = on.engine.ask(
      "Avec quelle équipe le GFP a-t-il renforcé sa coordination sur l'état de droit et les violences sexuelles liées aux conflits ?",
    );
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/Team of Experts on the Rule of Law/);
  });
});
