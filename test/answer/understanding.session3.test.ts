// More of how questions are understood, on the shipped knowledge: typo correction keeps the first
// letter, idioms are filler, writing tasks anywhere in a message are out of scope, "how often" and
// "who serves as" are value asks the knowledge cannot answer.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import type { Answer, Engine } from "../../src/answer/types.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { renderText } from "../../src/render/text.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let engine: Engine;
beforeAll(async () => {
  const res = await loadKnowledge(path.join(repoRoot, "knowledge"));
  if (!res.ok) throw new Error("shipped knowledge does not load");
  engine = createEngine(res.model);
});

const ask = (q: string): Answer => engine.ask(q, { explain: true });
const roleOf = (a: Answer, word: string) => a.explain?.words.find((w) => w.word === word);

describe("typo correction", () => {
  it("keeps the first letter: an ordinary word is not read as a shorter known one", () => {
    const a = ask("describe the GFP joint programmes in the Democratic Republic of the Congo");
    expect(roleOf(a, "republic")?.detail ?? "").not.toMatch(/read as public/);
    expect(a.answered).toBe(false);
  });
  it("still corrects a typo inside the word", () => {
    expect(ask("who leads the MAAR assesment").headline).toMatch(/DPO/);
  });
});

describe("idioms and writing tasks", () => {
  it.each(["what's the MARA in a nutshell?", "what is UNMAS in short", "explain the GFP in brief"])(
    "%s: the idiom is filler",
    (q) => expect(ask(q).answered).toBe(true),
  );
  it.each([
    "Kindly draft a two-paragraph briefing note for the USG on DPO's CRSV work.",
    "*Action item*: pls draft a tweet thread celebrating DPO's WPS achievements",
    "Écris-moi une note d'information sur les violences sexuelles liées aux conflits.",
  ])("%s: a writing task is out of scope", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("out_of_scope");
  });
  it.each([
    "I need to write a note on mine action: who chairs the IACG-MA?",
    "je prépare une note — who leads the MARA assessment?",
  ])("%s: the asker's own writing is context, not a task", (q) =>
    expect(ask(q).answered).toBe(true),
  );
});

describe("value asks the knowledge does not hold", () => {
  it.each(["how often does the IACG-MA meet", "à quelle fréquence le IACG-MA se réunit-il ?"])(
    "%s: no date or frequency",
    (q) => {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.reason).toBe("no_date");
    },
  );
  it("who serves as a post is a person's name", () => {
    const a = ask(
      "May I ask who currently serves as the Special Coordinator on improving the UN response to SEA?",
    );
    expect(a.answered).toBe(false);
  });
  it("the budget of a record whose facts mention budgets is still money", () => {
    expect(ask("Quel est le budget du Point focal mondial ?").answered).toBe(false);
    expect(ask("does the GFP gender perspective cover budgets and deployments?").answered).toBe(
      true,
    );
  });
});

describe("chat spellings and claims", () => {
  it('reads a dropped final g as the word ("doin" → doing), not as an unknown name', () => {
    const a = ask("since when has dpo been doin the mara thing");
    expect(a.answered).toBe(true);
    expect(a.headline).toMatch(/2020/);
  });
  it("a claim about a figure the knowledge does not give is refused", () => {
    const a = ask("I heard UNMAS runs 30 country programmes, correct?");
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("missing_fact");
  });
  it("a number that is a place in a document is no figure", () => {
    expect(ask("para 2 says OSRSG-SVC leads the MARA review — correct?").answered).toBe(true);
  });
  it.each([
    ["The GFP draws on UNHCR's expertise, yeah?", /^No — .*UN Women/],
    ["Doesn't the GFP get its gender expertise from UNFPA?", /^No — .*UN Women/],
    ["I heard OHCHR was the one that supported the SEA scoping study?", /^No — .*DPKO/],
  ])("%s: the fact that names someone else is the correction", (q, re) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.correction ?? a.headline).toMatch(re);
  });
});

describe("near misses refused", () => {
  it.each([
    ["OSRSG-SVC pays for the MARA assessment, right?", "out_of_scope"],
    [
      "The Security Council adopted a new resolution on the MARA last month, right?",
      "out_of_scope",
    ],
    ["Since the scoping study got cancelled last year, who picked it up?", "out_of_scope"],
    ["who wrote the scoping study", "missing_fact"],
    [
      "Which entity leads the Scoping Study on the Causes and Consequences of SEA from a Gender Perspective?",
      "missing_fact",
    ],
  ])("%s → %s", (q, reason) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.reason).toBe(reason);
  });
  it("who conducted or prepared a piece of work is its lead", () => {
    expect(ask("who conducted the MARA assessment?").headline).toMatch(/^DPO/);
    expect(ask("who prepared the MARA assessment").headline).toMatch(/^DPO/);
  });
});

describe("names typed as words", () => {
  it("a French article typed in lowercase before a name word is the name (un action, un women)", () => {
    const a = ask("un action = what network again? full name pls");
    expect(a.answered).toBe(true);
    expect(a.headline).toMatch(/Sexual Violence in Conflict/);
    expect(roleOf(ask("what does un women bring to the gfp"), "un")?.role).toMatch(/name|content/);
  });
  it("a cue word inside a record's name as typed is not a cue", () => {
    const a = ask(
      "Quels sont les rôles du Groupe interinstitutions de coordination de la lutte antimines ?",
    );
    expect(a.intent).not.toBe("coordinate");
    expect(a.headline).toMatch(/polic/);
    // …while the same word outside a name still says what is asked.
    expect(ask("who coordinates mine action").headline).toMatch(/^UNMAS/);
  });
});

describe("follow-ups in one message", () => {
  it("after a question asking which record, 'it' is the subject of that answer", () => {
    const a = ask(
      "> UNMAS is the coordinator for mine action\nok so which inter-agency group does it chair, and where is it housed?",
    );
    expect(a.parts?.[1]?.headline).toMatch(/^UNMAS .*housed in OROLSI/);
  });
});

describe("value words", () => {
  it.each([
    [
      "I heard the MARA assessment found major gaps in country-level reporting — true?",
      "no_results",
    ],
    [
      "true or false: the Liberia programme cut reported violence against women by half",
      "no_results",
    ],
    ["isn't the IACG-MA meeting monthly these days?", "no_date"],
    ["what does unmas think abt the landmine ban treaty lol", "out_of_scope"],
    ["get the date of the next IACG-MA meeting", "out_of_scope"],
    ["what yr did the liberia programm run", "no_date"],
  ])("%s → %s", (q, reason) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.reason).toBe(reason);
  });
  it("'link to' after a subject is a relation; at the start, or after an article, a link", () => {
    expect(
      ask("Does mine action link to the DPKO Concept of Operations for Protection of Civilians?")
        .reason,
    ).not.toBe("no_link");
    expect(ask("link to the special coordinator office on SEA pls").links.length).toBeGreaterThan(
      0,
    );
  });
  it("a number after a noun is a label; a count the answer's list has is held", () => {
    expect(ask("Mine action only backs tier 1 of the DPKO PoC concept, true?").answered).toBe(true);
    expect(
      ask("So there are just 2 SEA resource links listed, or are there more somewhere?").answered,
    ).toBe(true);
  });
});

describe("set aside", () => {
  it("a co-chair alongside the only chair the knowledge names is refused", () => {
    const a = ask("Could you indicate which agency co-chairs the IACG-MA alongside UNMAS?");
    expect(a.answered).toBe(false);
    expect(a.headline).toMatch(/no other than/);
  });
});

describe("referents by kind", () => {
  it("'the group' after a message naming a group and an office is the group", () => {
    const a = ask(
      "*UNMAS ≠ IACG-MA?* someone on the call mixed them up. what's the relationship between the two, and what does the group do?",
    );
    expect(a.parts?.[a.parts.length - 1]?.headline).toMatch(/^IACG-MA.*polic/);
  });
  it("a kind word followed by its own name is not a referent", () => {
    expect(ask("who chairs the group IACG-MA?").headline).toMatch(/UNMAS/);
  });
});

describe("things of a sort the knowledge does not hold", () => {
  it.each([
    "which peacekeeping missions currently use the MARA? need the list for Thursday",
    "May I ask what the individual tiers of the DPKO Concept of Operations for Protection of Civilians are?",
  ])("%s is refused", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("missing_fact");
  });
  it.each([
    "I would be grateful if you could indicate which entity serves as the coordinator for mine action.",
    "Could you indicate which United Nations entity contributes its expertise to the GFP?",
    "what is the full name of the GFP, and the types of settings in which it operates?",
    "which aspects of GFP work carry a gender perspective?",
  ])("%s is still answered", (q) => expect(ask(q).answered).toBe(true));
});

describe("claims corrected by the fact that states the relation", () => {
  it("an entity the knowledge does not list among an activity's partners is a no, with the partners", () => {
    const a = ask("UN Women is one of DPO's partners on the MARA assessment, isn't it?");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/^No — .*UN Women[\s\S]*OHCHR/);
  });
  it("the wrong body for a relation the knowledge states through another", () => {
    const a = ask("CRSV coordination across the system — DPO does that through the IACG-MA, yes?");
    expect(a.answered).toBe(true);
    expect(a.correction).toMatch(/^No — .*UN Action/);
  });
});

describe("French words the knowledge says in English", () => {
  it("the glossary matches a French question to the English fact", () => {
    const a = ask("Que prévoit-on de mettre à jour à l'issue de l'évaluation des MARA ?");
    expect(a.lang).toBe("fr");
    expect(renderText(a)).toMatch(/update of the existing guidance/);
    expect(roleOf(a, "mettre")?.role).not.toBe("unexplained");
  });
});

describe("chat abbreviations and set phrases", () => {
  it("'coord w' is coordination with", () => {
    const a = ask("who's got strengthened coord w the team of experts on rol & sv in conflict");
    expect(a.answered).toBe(true);
  });
  it("'a focal person' asks for a person's name", () => {
    expect(ask("whos the gfp focal person in liberia").reason).toBe("out_of_scope");
  });
  it("'the UN system' is a set phrase, not UN Action", () => {
    const a = ask(
      "Hello, c'est qui le lead sur la coordination du mine action dans le système ONU ?",
    );
    expect(a.headline).toMatch(/^UNMAS/);
  });
});

describe("more near misses, English and French", () => {
  it.each([
    [
      "Please could you indicate the date on which the MARA assessment is expected to conclude.",
      "out_of_scope",
    ],
    ["mara guidance gonna be updated when?", "out_of_scope"],
    ["Qui va mettre à jour les orientations sur les MARA, et pour quand ?", "out_of_scope"],
    [
      "I heard the MARA evaluation found the arrangements ineffective in most missions. Is that right?",
      "no_results",
    ],
    ["The scoping study on SEA was finished and published last year, wasn't it?", "out_of_scope"],
    ["Quelle est l'adresse électronique du Bureau du Coordonnateur spécial ?", "out_of_scope"],
    [
      "Qui est actuellement la Représentante spéciale chargée de la question des violences sexuelles commises en période de conflit ?",
      "out_of_scope",
    ],
    [
      "Qui a rédigé l'étude exploratoire sur les causes et les conséquences de l'exploitation et des atteintes sexuelles ?",
      "missing_fact",
    ],
  ])("%s → %s", (q, reason) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.reason).toBe(reason);
  });
});

describe("acronyms typed one letter short", () => {
  it("MRA is MARA, UNMS is UNMAS", () => {
    expect(ask("what does MRA stand for").headline).toMatch(/Monitoring, Analysis and Reporting/);
    expect(ask("what does UNMS do").headline).toMatch(/^UNMAS/);
  });
  it("an acronym the knowledge lacks stays unknown (a changed letter is no typo)", () => {
    const a = ask("what does WFP do in mine action");
    expect(a.reason).toBe("unknown_name");
  });
});

describe("patterns read like questions", () => {
  it("a pattern's single letters are dropped as the question's are (n'est-ce pas)", () => {
    const a = ask("UNMAS est rattaché au DPPA, n'est-ce pas ?");
    expect(a.lang).toBe("fr");
    expect(a.correction ?? a.headline).toMatch(/^Non — /);
  });
});

describe("message splitting", () => {
  it("a tag alone after a statement belongs to it", () => {
    const a = ask(
      "I heard the MARA only feeds country-level work and isn't used by the Council. Right?",
    );
    expect(a.parts).toBeUndefined();
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/Security Council/);
  });
  it("'aussi' inside a sentence does not split it", () => {
    const a = ask(
      "Est-ce que l'IACG-MA définit aussi les priorités entre les acteurs onusiens, ou il ne fait que partager l'info ?",
    );
    expect(a.parts).toBeUndefined();
    expect(a.answered).toBe(true);
  });
});

describe("the record asked about", () => {
  it("'which study did X support' gives the study, in French too", () => {
    const a = ask(
      "Quelle étude le DOMP a-t-il contribué à soutenir en matière d'exploitation et d'atteintes sexuelles ?",
    );
    expect(renderText(a)).toMatch(/causes and consequences/);
  });
  it("an entity 'part of' an activity is asked as a partner", () => {
    expect(renderText(ask("DPPA isn't part of the MARA assessment at all, is it?"))).toMatch(
      /DPO .*led the MARA assessment/,
    );
  });
});

describe("organisations the knowledge lacks, by their full names", () => {
  it.each([
    [
      "For completeness, could you describe the role of the United Nations Development Programme as co-lead of the Global Focal Point arrangement?",
      "United Nations Development Programme",
    ],
    ["Is the World Food Programme part of UN Action?", "World Food Programme"],
  ])("%s names %s", (q, name) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.headline).toBe(`I don't have anything on ${name} in my knowledge base.`);
  });
  it("a record's own name in capitals is no unknown organisation", () => {
    expect(ask("What does the Justice and Corrections Service do?").answered).toBe(true);
  });
});

describe("claims about what an acronym stands for", () => {
  it.each([
    [
      "JCS = Joint Coordination Secretariat, right?",
      /^No — JCS stands for Justice and Corrections Service/,
    ],
    ["does JCS stand for Justice and Corrections Service?", /^Yes — /],
  ])("%s", (q, re) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.correction ?? a.headline).toMatch(re);
  });
});

describe("Slack emphasis around questions", () => {
  it("*bold* questions after a statement are split and answered", () => {
    const a = ask(
      "heads-up team, the SG report needs a line on the MARA. *What's it for* and *what will the evaluation lead to*?",
    );
    expect(a.answered).toBe(true);
    expect(a.parts).toHaveLength(2);
    expect(renderText(a)).toMatch(/evidence base[\s\S]*update of the existing guidance/);
  });
});

describe("ends, one-pagers, lists the knowledge only mentions", () => {
  it.each([
    ["when does the mara review wrap up? need date asap", "no_date"],
    ["hey can u draft me a 1 pager on unmas for tmrw", "out_of_scope"],
    [
      "Re: PoC concept :shield: what are the tiers of the DPKO Concept of Operations for Protection of Civilians? need to list them on the slide",
      "missing_fact",
    ],
  ])("%s → %s", (q, reason) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.reason).toBe(reason);
  });
  it("a start date still answers 'since when'", () => {
    expect(ask("since when has DPO been leading the MARA assessment?").headline).toMatch(
      /November 2020/,
    );
  });
  it("a doubled letter typed by mistake is read as the name", () => {
    expect(roleOf(ask("where does unmass sit?"), "unmass")?.role).toBe("name");
  });
});

describe("several acronyms in one question", () => {
  it("each acronym named gets its expansion", () => {
    const a = ask("Can someone spell out *IACG-MA* and *MARA* for the glossary?");
    expect(a.headline).toMatch(/IACG-MA stands for .*Mine Action\. MARA stands for Monitoring/);
  });
});

describe("what a message needs, said after the question", () => {
  it("'need a name + email' after the question is part of it", () => {
    const a = ask(
      "Can someone paste the focal point at OHCHR for the MARA work? :telephone_receiver: need a name + email",
    );
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("out_of_scope");
  });
  it("'when … is due to be completed' is a date the knowledge does not hold", () => {
    const a = ask(
      "Could you kindly indicate when the Scoping Study on the Causes and Consequences of SEA is due to be completed?",
    );
    expect(a.answered).toBe(false);
  });
});

describe("short follow-ups and complete lists", () => {
  it("'since when?' and 'with which partners?' ask about the statement before them", () => {
    const a = ask(
      "<@U1> prepping the WPS deck :memo:\n> DPO leads on the MARA assessment\n*Q1:* since when? *Q2:* with which partners?",
    );
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/November 2020[\s\S]*UNICEF/);
  });
  it("a record an activity's complete lists name is confirmed", () => {
    const a = ask(
      "Was UNICEF actually among the entities DPO coordinated with on the MARA assessment?",
    );
    expect(a.headline).toMatch(/^Yes — /);
  });
});
