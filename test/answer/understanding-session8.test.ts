// Session 8 mechanisms, on the shipped knowledge: question words typed with a slip, capitals for
// emphasis, chat deadlines, a bare follow-up ask, what a set-aside phrase names, people asked for
// by the body they work in, bodies asked for as the ones that pay.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/answer/intent.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const ask = (q: string) => on.engine.ask(q);
const text = (q: string) => renderText(ask(q));

describe("question words typed with a slip", () => {
  it("a dropped, added or swapped letter is read as the question word", () => {
    for (const [typed, meant] of [
      ["whch", "which"],
      ["wheer", "where"],
      ["whihc", "which"],
      ["quelel", "quelle"],
    ] as const)
      expect(parseQuestion(`${typed} office houses unmas`, () => false).words).toContain(meant);
  });
  it("a word of its own or a name is left as typed", () => {
    expect(parseQuestion("when did the team meet", () => false).words).toContain("team");
    expect(parseQuestion("wheat prices", () => false).words).not.toContain("where");
  });
  it("the slipped question is answered, not refused for an unknown word", () => {
    const a = ask("whch country did the gfp programme run in");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/Liberia/);
  });
});

describe("capitals for emphasis and chat deadlines", () => {
  it("a function word in capitals is emphasis, not an unknown acronym", () => {
    for (const q of [
      "what is the MARA the evidence base FOR",
      "what exactly does UNMAS do IN mine action",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.unexplained ?? [], q).not.toContain("FOR");
    }
  });
  it("'by EOD', 'by COB' say when the asker needs it, not what is asked about", () => {
    const a = ask("need by COB: which network does DPO take part in on CRSV?");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/UN Action/);
  });
  it("'en entier' asks for the full name in French", () => {
    expect(text("GFP, ça veut dire quoi en entier ?")).toMatch(/Global Focal Point/);
  });
});

describe("a bare follow-up ask", () => {
  it("'link?' after a question asks for the links of that question's subject", () => {
    const a = ask("what does UNMAS do? link?");
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(/no links about UNMAS/);
    expect(renderText(a)).not.toMatch(/pseataskforce/);
  });
  it("on its own it still lists every link", () => {
    expect(text("links?")).toMatch(/pseataskforce/);
  });
});

describe("what a set-aside phrase names", () => {
  it("a record named well after 'beyond' is what is asked about, not set aside", () => {
    const a = ask(
      "which intergovernmental body, beyond country-level actors, relies on the MARA as an evidence base?",
    );
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/Security Council/);
  });
  it("a record named right after it is still set aside", () => {
    expect(text("besides Liberia, which other countries had a joint GFP programme?")).toMatch(
      /no other|names no other/i,
    );
  });
});

describe("people and money asked in other words", () => {
  it("'the <body> person' and 'j'ai besoin du nom' ask for a person", () => {
    for (const q of [
      "who's the UNFPA person on the MARA work?",
      "qui coordonne la lutte antimines ? j'ai besoin du nom",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.reason, q).toBe("out_of_scope");
    }
  });
  it("'the name of the network' is still a name asked for, not a person", () => {
    expect(ask("j'ai besoin du nom du réseau auquel participe le DOP").answered).toBe(true);
  });
  it("'which agency funds X' asks who pays", () => {
    for (const q of ["which agency funds the GFP?", "what donor funds UNMAS"])
      expect(ask(q).reason, q).toBe("out_of_scope");
  });
  it("a budget 'allocated to' a record is a figure, whatever its facts say of budgets", () => {
    expect(ask("what is the total budget allocated to the GFP arrangement?").reason).toBe(
      "out_of_scope",
    );
    expect(ask("does the GFP gender perspective cover budgets?").answered).toBe(true);
  });
});

describe("a claim about a topic's one coordinator", () => {
  it("naming a body the knowledge lacks is a no, with the recorded coordinator", () => {
    for (const q of [
      "UNOPS coordinates mine action, right?",
      "the UN mine action coordinator is WFP, correct?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(renderText(a), q).toMatch(/^No\b[\s\S]*UNMAS[\s\S]*coordinator for mine action/);
    }
  });
  it("the recorded coordinator is a yes", () => {
    expect(text("UNMAS is the coordinator for mine action, right?")).toMatch(/^Yes\b/);
  });
  it("a body the knowledge lacks, claimed for what it records no holder of, is still refused", () => {
    expect(ask("UNOPS co-leads the GFP with DPKO, right?").answered).toBe(false);
  });
});

describe("the doer after 'by' in a claim", () => {
  it("the record named before 'by' is what the claim is about, however long the doer's name", () => {
    for (const q of [
      "mine action coordination is handled by the political affairs department, isn't it?",
      "mine action is coordinated by the Department of Political and Peacebuilding Affairs, right?",
    ]) {
      const t = text(q);
      expect(t, q).toMatch(/^No\b/);
      expect(t, q).toMatch(/UNMAS is the coordinator for mine action/);
    }
  });
  it("'who handles the coordination of X' asks who coordinates", () => {
    expect(text("who handles mine action coordination?")).toMatch(/UNMAS/);
  });
});

describe("a second question joined by 'and'", () => {
  it("markup around the 'and' still joins two questions", () => {
    const t = text("UNMAS: where is it housed *and* which group does it chair?");
    expect(t).toMatch(/OROLSI/);
    expect(t).toMatch(/IACG-MA/);
  });
  it("a preposition may come before the second question word", () => {
    const t = text("qui coordonne la lutte antimines et dans quel bureau est-il logé ?");
    expect(t).toMatch(/UNMAS/);
    expect(t).toMatch(/OROLSI/);
  });
  it("a short 'and at what levels?' stays part of the question it qualifies", () => {
    const t = text("which activities is the MARA the evidence base for, and at what levels?");
    expect(t).toMatch(/Security Council/);
  });
});

describe("claims that put a record to the wrong use", () => {
  it("'a tool for', 'the evidence base for' another topic is a no with what it is for", () => {
    for (const q of [
      "The MARA is an evidence base for mine action, isn't it?",
      "the MARA is a monitoring tool for SEA, right?",
    ]) {
      const t = text(q);
      expect(t, q).toMatch(/^No\b/);
      expect(t, q).toMatch(/conflict-related sexual violence|CRSV/);
    }
  });
  it("the recorded use is a yes", () => {
    expect(text("The MARA is the evidence base for CRSV prevention and response, right?")).toMatch(
      /^Yes\b/,
    );
  });
  it("a coordinator claimed for a topic with none on record is a no, with what it coordinates", () => {
    const t = text("UNMAS is the UN coordinator on sexual exploitation and abuse, isn't it?");
    expect(t).toMatch(/^No\b.*no coordinator for SEA/);
    expect(t).toMatch(/coordinator for mine action/);
  });
  it("a coordinator claimed for another topic names the recorded one", () => {
    expect(text("Isn't UNICEF the coordinator for mine action?")).toMatch(/UNMAS/);
  });
});

describe("greetings to someone by name, and chat French", () => {
  it("'Hi Sarah,' and 'Bonjour Thibault,' greet a colleague: the question follows", () => {
    for (const [q, want] of [
      ["Hi Sarah, who leads the MARA assessment?", /DPO/],
      ["hey Ana Maria! which group does UNMAS chair", /IACG-MA/],
      ["Bonjour Thibault, tu sais ce que fait le FNUAP dans ce dossier ?", /MARA/],
    ] as const) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(renderText(a), q).toMatch(want);
    }
  });
  it("a greeting before a record's name is still read as asking about it", () => {
    expect(text("Hello UNMAS colleagues, who chairs the IACG-MA?")).toMatch(/UNMAS/);
  });
  it("chat French abbreviations are read as the words they stand for", () => {
    for (const q of ["slt, c koi le MARA ? ca sert a quoi", "bjr, kesako le GFP mdr"])
      expect(ask(q).answered, q).toBe(true);
  });
});

describe("counts in a claim", () => {
  it("a count of links is checked against the links the answer gives", () => {
    expect(text("I heard there are three SEA resource links")).toMatch(/^No\b.*Two:/);
    expect(text("only one link on SEA, right?")).toMatch(/^No\b.*Two:/);
    expect(text("il y a un seul lien sur l'EAS, non ?")).toMatch(/^Non\b.*Deux/);
    expect(text("there are two SEA links, right?")).toMatch(/^Yes\b/);
  });
  it("'one of the links' is no count", () => {
    expect(text("the PSEA Task Force site is one of the SEA links, right?")).toMatch(/^Yes\b/);
  });
  it("a count of an activity's partners is checked whoever the claim leads with", () => {
    expect(text("DPO is doing the MARA assessment with four partner entities, isn't it?")).toMatch(
      /^No\b.*Five: OHCHR/,
    );
    expect(text("DPO runs the MARA assessment with five partner agencies, correct?")).toMatch(
      /^Yes\b/,
    );
  });
});

describe("a claim that gives a record's thing to the wrong body", () => {
  it("the fact on that thing names the body, and is the correction", () => {
    for (const q of [
      "The Team of Experts provides the expertise to the GFP, right?",
      "JCS rule of law work leans on WFP expertise, correct?",
      "UNHCR brings the expertise to the Global Focal Point, isn't it?",
    ]) {
      const t = text(q);
      expect(t, q).toMatch(/^No\b.*UN Women expertise/);
    }
  });
  it("the body the fact names is a yes", () => {
    expect(text("UN Women provides expertise to the GFP, right?")).toMatch(/^Yes\b/);
  });
  it("a thing only the fact's source passage holds is no correction", () => {
    expect(text("the GFP provides support to the Team of Experts, right?")).not.toMatch(
      /^No\b.*UN Women expertise/,
    );
  });
});

describe("a claim that gives a record another angle", () => {
  it("another perspective, angle or approach than the fact's is a no with that fact", () => {
    for (const q of [
      "the scoping study looks at SEA from a financial perspective, yeah?",
      "the SEA scoping study took a legal/disciplinary angle, correct?",
    ])
      expect(text(q), q).toMatch(/^No\b.*gender perspective/);
    expect(text("The IACG-MA takes a donor-driven approach, right?")).toMatch(
      /^No\b.*needs-driven/,
    );
    expect(text("L'étude exploratoire aborde l'EAS sous un angle juridique, c'est ça ?")).toMatch(
      /^Non\b.*gender perspective/,
    );
  });
  it("the fact's own angle in other words is a yes", () => {
    expect(text("the scoping study looks at SEA from a gender angle, right?")).toMatch(/^Yes\b/);
  });
  it("a budget asked for is still out of scope", () => {
    expect(ask("what is the budget of the scoping study?").reason).toBe("out_of_scope");
  });
});

describe("partners in a setting, asked wherever the noun stands", () => {
  it("'which agencies are the GFP partners at HQ', '*Partners check* — who are…' are refused", () => {
    for (const q of [
      "Can you confirm which agencies are the GFP partners at HQ?",
      "*Partners check* :white_check_mark: who exactly are the GFP partners at HQ, by name?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(renderText(a), q).toMatch(/partners at HQ/);
    }
  });
  it("what such partners must do is still answered", () => {
    for (const q of [
      "what must GFP partners at HQ include?",
      "what do HQ partners have to include?",
    ])
      expect(ask(q).answered, q).toBe(true);
  });
  it("a kind of body is no thing a claim gives to the wrong body", () => {
    expect(text("is OROLSI the office UNMAS sits in?")).toMatch(/^Yes\b/);
  });
});

describe("a terse '<name> <cue>?'", () => {
  it("asks who holds the role: refused when none is recorded", () => {
    for (const q of ["un action chair?", "gfp lead?"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(renderText(a), q).toMatch(/doesn't say who/);
    }
  });
  it("answered when one is", () => {
    expect(text("iacg-ma chair?")).toMatch(/UNMAS/);
  });
  it("a question word makes it no terse who-question", () => {
    expect(ask("UNMAS is housed in OROLSI. what does it coordinate?").answered).toBe(true);
  });
});

describe("ordinary words typed with two letters swapped", () => {
  it("are read as the word meant, so the question is answered", () => {
    for (const [q, want] of [
      [
        "which service is beihnd the dpko rule of law work via the gfp?",
        /JCS|Justice and Corrections/,
      ],
      ["who's in cahrge of reviewing how the mara is put into practice?", /DPO/],
      ["what happens to the eixsting mara guidance?", /guidance/],
    ] as const) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(renderText(a), q).toMatch(want);
    }
  });
  it("a name typed with a swap is still mended by the index, as typed", () => {
    const a = ask("whats OROSLI");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/Rule of Law and Security Institutions/);
  });
  it("of several possible swaps, the one the vocabulary uses; else the word as typed", () => {
    expect(parseQuestion("which ohter offices", () => false).words).toContain("other");
    expect(parseQuestion("psots on sea", () => false).words).toContain("psots");
  });
});

describe("ordinary words typed with a letter left out", () => {
  it("are read as the word meant", () => {
    expect(
      parseQuestion("in what kinds of settigs does the gfp operate", () => false).words,
    ).toContain("settings");
    const a = ask("what's the difference betwen sea and crsv?");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/exploitation/);
  });
  it("of several words a letter away, the one the vocabulary's patterns use", () => {
    // ("directr" is "director" or "directer": the scope rules are written with "director".)
    expect(parseQuestion("unmas directr name pls", () => false).allWords).toContain("director");
    const a = ask("unmas directr name pls");
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("out_of_scope");
  });
  it("a name of the knowledge one slip away is left to the index, not made a word", () => {
    // ("unmass" + "k" is "unmasks": the index reads it as UNMAS.)
    const a = ask("unmass sits where");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/OROLSI/);
  });
});

describe("'un action' typed in lowercase in French", () => {
  it("names UN Action where no French article can stand", () => {
    expect(text("combien de membres compte le réseau un action")).toMatch(/UN Action/);
    expect(text("le domp est-il membre de un action")).toMatch(/DPO/);
  });
  it("'un' after a verb stays the article", () => {
    expect(text("le dop a un role dans la lutte antimines ?")).not.toMatch(/^UN Action/);
  });
});

describe("a lead-in before a yes/no opener", () => {
  it("'hey quick q - True or false: …' keeps the opener, so the claim is checked", () => {
    expect(text("hey quick q - True or false: the IACG-MA is chaired by UNHCR")).toMatch(
      /^No\b[\s\S]*UNMAS/,
    );
  });
  it("'two quick questions: …' still announces the questions after it", () => {
    const t = text("two quick questions: who chairs the IACG-MA and what does JCS do?");
    expect(t).toMatch(/UNMAS/);
    expect(t).toMatch(/Justice and Corrections/);
  });
});

describe("hedges before a claim", () => {
  it("'correct me if I'm wrong', 'si je ne me trompe pas' are filler, not unknown names", () => {
    for (const q of [
      "correct me if i'm wrong, UNMAS chairs the IACG-MA?",
      "Corrigez-moi si je me trompe, mais l'UNMAS préside l'IACG-MA ?",
      "if I'm not mistaken the IACG-MA is chaired by UNMAS, right?",
    ]) {
      const a = ask(q);
      expect(a.unexplained ?? [], q).not.toContain("correct");
      expect(renderText(a), q).toMatch(/^(?:Yes|Oui)\b/);
    }
  });
});

describe("a possessive in a follow-up", () => {
  it("points to the body the question before asked about, not to its answer", () => {
    const t = text("Who chairs the IACG-MA and what are its main functions?");
    expect(t).toMatch(/UNMAS/);
    expect(t).toMatch(/polic/);
  });
  it("'it' still means the answer", () => {
    expect(text("who chairs the IACG-MA? where is it housed?")).toMatch(/OROLSI/);
  });
  it("of a topic, the possessive means the answer", () => {
    expect(text("who coordinates mine action, and what's its full name?")).toMatch(
      /United Nations Mine Action Service/,
    );
  });
});

describe("a body described by a participle", () => {
  it("'the group chaired by UNMAS' is the group asked about, in English and French", () => {
    for (const q of [
      "What does the inter-agency group chaired by UNMAS do?",
      "Que fait le groupe interinstitutions présidé par UNMAS ?",
      "Que fait-il, concrètement, le groupe interinstitutions présidé par UNMAS ?",
    ])
      expect(text(q), q).toMatch(/^IACG-MA\b.*polic/);
  });
  it("'which group is chaired by UNMAS?' still asks for the group", () => {
    expect(text("which group is chaired by UNMAS?")).toMatch(/IACG-MA/);
  });
});

describe("count and membership refusals in French", () => {
  it("are written in French for a French question", () => {
    const members = ask("combien de membres compte UN Action ?");
    expect(members.answered).toBe(false);
    expect(renderText(members)).toMatch(
      /^Ma base de connaissances ne donne pas le nombre de membres/,
    );
    expect(renderText(members)).toMatch(/DPO comme membre/);
    expect(renderText(ask("combien de pays couvre l'évaluation du MARA ?"))).toMatch(
      /^Ma base de connaissances ne donne pas le nombre de pays/,
    );
  });
  it("stay in English for an English one", () => {
    expect(text("how many members does UN Action have?")).toMatch(
      /^My knowledge base doesn't give a member count for UN Action; it names DPO as a member/,
    );
  });
});

describe("a composer's refusal in the question's language", () => {
  it("'no lead recorded' is written in French for a French question", () => {
    const a = ask("qui dirige l'étude exploratoire sur l'EAS ?");
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(/^Ma base de connaissances ne nomme pas de responsable/);
    expect(text("who leads the SEA scoping study?")).toMatch(
      /^My knowledge base names no lead for the SEA scoping study; DPO contributed to it/,
    );
  });
});
