// How question words and messages are read, on the shipped knowledge: typos keep the first
// letter, idioms and set phrases are filler, chat spellings, names typed as words, lists a fact
// spells out, follow-ups and referents, message splitting, French glossary and patterns.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");

const ask = (q: string): Answer => on.engine.ask(q, { explain: true });
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

describe("words of a name that cue patterns also use", () => {
  it("'task' in 'PSEA Task Force' is part of the name; 'web address' asks for its link", () => {
    const a = ask("Could you kindly provide the web address of the PSEA Task Force?");
    expect(a.answered).toBe(true);
    expect(a.links.some((l) => l.url.includes("pseataskforce"))).toBe(true);
  });
});

describe("which record of a kind", () => {
  it("'which team does JCS coordinate with' finds the fact naming a team", () => {
    expect(ask("which team does JCS coordinate with on SVC?").headline).toMatch(/Team of Experts/);
  });
  it("but 'which entity chairs the GFP' is not answered by a fact merely naming one", () => {
    expect(
      ask("Could you kindly advise which entity chairs the Global Focal Point arrangement?")
        .answered,
    ).toBe(false);
  });
});

describe("a note before a dash", () => {
  it("'Heads-up from X — what's the study about' asks about the study", () => {
    const a = ask(
      "Heads-up from the PSEA working group :email: — what's the SEA scoping study about, and which dept (a UN Action member) helped support it?",
    );
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/causes and consequences/);
  });
  it("a subject before the dash stays part of the question", () => {
    expect(ask("unmas in south sudan - what r they doing").answered).toBe(false);
  });
  it("'which countries besides Liberia' after a note sets Liberia aside too", () => {
    const a = ask(
      "Slack poll prep :ballot_box_with_check: which countries besides Liberia had GFP joint rule of law programmes?",
    );
    expect(a.answered).toBe(false);
  });
});

describe("cues inside a relative clause", () => {
  it("'any other group with which coordination has been strengthened' asks for the group", () => {
    const a = ask(
      "Beyond the contribution of UN Women, is there any other group with which coordination has been strengthened in the context of the Department's rule of law work, and if so, what is its full name?",
    );
    expect(renderText(a)).toMatch(
      /Team of Experts on the Rule of Law and Sexual Violence in Conflict/,
    );
  });
});

describe("lists of questions and outcomes", () => {
  it("'Who coordinates X, what's its full name, and where is it housed?' is three questions about the answer", () => {
    const a = ask(
      "Need a one-liner :pray: Who coordinates mine action in the UN system, what's its full name, and where is it housed?",
    );
    expect(a.parts).toHaveLength(3);
    expect(renderText(a)).toMatch(/United Nations Mine Action Service[\s\S]*housed in OROLSI/);
  });
  it("'what are the IACG-MA's main functions' is no list of 'iacgs'", () => {
    expect(ask("what are the IACG-MA's main functions?").answered).toBe(true);
  });
  it("'what comes out of the evaluation' asks for its outcome", () => {
    expect(renderText(ask("ok so what comes out of the mara evaluation at the end?"))).toMatch(
      /update of the existing guidance/,
    );
  });
});

describe("working alongside", () => {
  it("'the agencies working alongside DPO in its assessment' are the partners", () => {
    const a = ask(
      "I would appreciate a list of the offices and agencies working alongside DPO in its assessment of the Monitoring, Analysis and Reporting Arrangements.",
    );
    expect(a.headline).toMatch(/OHCHR[\s\S]*UNICEF/);
  });
});

describe("'it' after a question about who does a piece of work", () => {
  it("'what is it supposed to lead to?' is about the activity, not who leads it", () => {
    const a = ask(
      "I need two things: since when has DPO been leading the MARA assessment, and what is it supposed to lead to?",
    );
    expect(renderText(a)).toMatch(/November 2020[\s\S]*update of the existing guidance/);
  });
  it("'what does it do?' after naming an office is still the office", () => {
    const a = ask("UNMAS chairs the IACG-MA. What does it do?");
    expect(a.headline).toMatch(/^UNMAS/);
  });
});

describe("glossary requests and channel names", () => {
  it("'full forms please' for a bulleted list of acronyms expands each", () => {
    const a = ask(
      "FYI all, updating the glossary :books:\n• CRSV\n• MARA\n• GFP\nfull forms please!",
    );
    expect(renderText(a)).toMatch(
      /CRSV stands for conflict-related sexual violence[\s\S]*MARA stands for/,
    );
  });
  it("a channel's name ('#wps-reporting') is not a subject", () => {
    const a = ask("`#wps-reporting` thread — who leads the MARA assessment?");
    expect(a.headline).toMatch(/^DPO/);
  });
});
