// Session 10 mechanisms, on the shipped knowledge: a pronoun that means what the question before
// meant by it, indirect questions and stated needs as parts of a message.
import { describe, expect, it } from "vitest";
import { BUILTIN_LEXICON } from "../../src/answer/lexicon/load.js";
import { splitQuestions } from "../../src/answer/split.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const ask = (q: string) => on.engine.ask(q);

describe("the same pronoun in two questions of a message", () => {
  it("means what the first question named before its question word, not its answer", () => {
    const text = renderText(
      ask("asked me: `IACG-MA` — who chairs it and what does it actually do?"),
    );
    expect(text).toMatch(/UNMAS/);
    // The second part describes the group (its functions), not its chair.
    expect(text).toMatch(/sets priorities among UN actors/);
  });
  it("keeps meaning the context's record when the first question named only what it asked for", () => {
    const text = renderText(
      ask(
        "> UNMAS is the coordinator for mine action\nok so which inter-agency group does it chair, and where is it housed?",
      ),
    );
    expect(text).toMatch(/IACG-MA/);
    expect(text).toMatch(/OROLSI|Rule of Law and Security Institutions/);
  });
});

describe("a message with a stated need and an indirect question", () => {
  it("answers each part", () => {
    const q =
      "hey team :wave: need the SEA resource links for the induction pack, plus whatever the Scoping Study on SEA is called";
    const segs = splitQuestions(q, BUILTIN_LEXICON);
    expect(segs.questions).toHaveLength(2);
    const text = renderText(ask(q));
    expect(text).toMatch(/pseataskforce\.org/);
    expect(text).toMatch(/Causes and Consequences/i);
  });
  it("a need after a question says what its answer holds; it is no question of its own", () => {
    const segs = splitQuestions(
      "Into which parts of the GFP work exactly? Need the list for our checklist.",
      BUILTIN_LEXICON,
    );
    expect(segs.questions).toHaveLength(1);
  });
  it("a need alone is still a request", () => {
    const a = ask("need the SEA resource links");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/pseataskforce\.org/);
  });
});

describe("a body's role in a thing the knowledge never links it to", () => {
  it("is refused with what the body does, in English and French", () => {
    for (const q of [
      "What is UNICEF's role in mine action?",
      "Quel est le rôle de l'UNICEF dans la lutte antimines ?",
      "what role does UNFPA play in SEA?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(renderText(a), q).toMatch(/partner of DPO in the assessment/);
    }
  });
  it("a role the knowledge links is answered", () => {
    for (const q of [
      "What is OHCHR's role in the MARA assessment?",
      "what role does UN Women play in rule of law?",
      "what is UNMAS's role in the IACG-MA?",
    ]) {
      expect(ask(q).answered, q).toBe(true);
    }
  });
});

describe("writing asked of the bot", () => {
  it("an announcement, a blurb or an annonce is a task, refused", () => {
    for (const q of [
      "could someone draft me an announcement about UNMAS's role for #general?",
      "write a short blurb on the GFP for the newsletter",
      "tu peux me rédiger une annonce sur le rôle de l'UNMAS ?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.reason, q).toBe("out_of_scope");
    }
  });
});

describe("whether a thing of a record exists", () => {
  it("a thing the knowledge never names is refused, saying which", () => {
    for (const [q, what] of [
      ["lol is there a MARA dashboard or smth i can log into", "dashboard"],
      ["do you have the GFP handbook?", "handbook"],
    ] as const) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(renderText(a), q).toMatch(new RegExp(`names no ${what}`));
    }
  });
  it("a dashboard where the asker will put the answer is no thing asked for", () => {
    expect(
      ask("what should the MARA slide on our dashboard say about who leads it?").answered,
    ).toBe(true);
  });
});

describe("a claim dating a change the knowledge does not record", () => {
  it("is refused, not corrected with the dates it holds", () => {
    for (const q of [
      "did the mara eval get extended into 2023?",
      "l'évaluation du MARA a-t-elle été prolongée jusqu'en 2023 ?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.reason, q).toBe("no_date");
    }
  });
  it("a start the knowledge dates otherwise is corrected", () => {
    const text = renderText(ask("did DPO start the MARA work in 2018?"));
    expect(text).toMatch(/^No\b[\s\S]*November 2020/);
  });
  it("a correction never opens with a composer's own yes", () => {
    const text = renderText(ask("was DPKO renamed in 2017?"));
    expect(text).toMatch(/^No — DPKO/);
    expect(text).not.toMatch(/^No — Yes/);
  });
});

describe("a claim of what a review has shown", () => {
  it("is a claim of findings the knowledge does not hold", () => {
    const a = ask("The MARA evaluation has shown that country-level reporting is weak — right?");
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(/no findings or results/);
  });
});

describe("the parts of a chatty message", () => {
  it("a question typed with a chat spelling is a question ('gfp stands for wat, and…')", () => {
    const segs = splitQuestions(
      "gfp stands for wat, and what areas does it cover",
      BUILTIN_LEXICON,
    );
    expect(segs.questions).toHaveLength(2);
    const text = renderText(ask("gfp stands for wat, and what areas does it cover"));
    expect(text).toMatch(/Global Focal Point/);
    expect(text).toMatch(/Corrections/i);
  });
  it("'what areas does it cover' after a record is about the record, not the bot", () => {
    expect(renderText(ask("GFP — what areas does it cover?"))).not.toMatch(/^I answer/);
    expect(ask("what topics do you cover?").intent).toBe("overview");
  });
  it("whom a message is addressed to before a dash is no part of the question", () => {
    const a = ask("Channel leads — is DPKO actually a member of UN Action?");
    expect(renderText(a)).toMatch(/^Yes\b/);
  });
});

describe("more tasks and opinions", () => {
  it("a briefing note to prepare is a task; 'a waste of time' asks an opinion", () => {
    const note = ask(
      "I would be grateful if you could prepare a formal briefing note for the Under-Secretary-General on the Global Focal Point.",
    );
    expect(note.reason).toBe("out_of_scope");
    const waste = ask("Honestly, is the MARA a waste of time? be straight with me");
    expect(waste.answered).toBe(false);
  });
});

describe("a short name typed one letter off", () => {
  it("is the acronym inside a longer name when the name goes on after it", () => {
    const a = ask("whats the link for the pse task force");
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/pseataskforce\.org/);
  });
  it("and the lowercase acronym of an activity's name", () => {
    expect(renderText(ask("who leads the mra assessment"))).toMatch(/DPO/);
  });
  it("an organisation the knowledge lacks stays unknown", () => {
    const a = ask("what does the WFP do on SEA?");
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(/WFP/);
  });
});

describe("who commissioned a piece of work, in French", () => {
  it("is its lead, refused when the knowledge names none", () => {
    const a = ask(
      "Qui a commandé l'étude exploratoire sur l'exploitation et les atteintes sexuelles ?",
    );
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(/DPO/);
  });
});

describe("a request for a role's holder", () => {
  it("asks who, as 'who' does: refused when the knowledge names none", () => {
    for (const q of [
      "Could you kindly provide the name of the current Chair of the Team of Experts on the Rule of Law and Sexual Violence in Conflict?",
      "Could you kindly tell me the Chair of the Team of Experts?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(renderText(a), q).toMatch(/doesn't say who chairs/);
    }
  });
  it("is answered when it does", () => {
    expect(renderText(ask("Could you kindly tell me the chair of the IACG-MA?"))).toMatch(/UNMAS/);
  });
});

describe("a link said to belong elsewhere", () => {
  it("is corrected with the topics it is listed on, spelled out", () => {
    for (const q of [
      "The pseataskforce site is UNMAS's official website, right?",
      "true or false: the pseataskforce site is a mine action resource",
    ]) {
      const text = renderText(ask(q));
      expect(text, q).toMatch(/^No — .*resources on SEA \(sexual exploitation and abuse\)/);
    }
  });
  it("who runs it is not known either way", () => {
    expect(ask("the pseataskforce.org site is run by UNMAS, isn't it?").answered).toBe(false);
  });
});

describe("what a group is made of", () => {
  it("asks its members, not what it is a member of", () => {
    const a = ask("which entities make up the team of experts on rol & svc?");
    expect(a.answered).toBe(false);
    expect(renderText(a)).not.toMatch(/is a member or partner of/);
  });
  it("what a body is a member of is still answered", () => {
    expect(renderText(ask("what is the Team of Experts a member of?"))).toMatch(/GFP/);
  });
});

describe("a French request to make a document", () => {
  it("is a task", () => {
    expect(ask("tu peux me faire une note sur le rôle de l'UNMAS ?").reason).toBe("out_of_scope");
  });
});

describe("a chair asked of a piece of work", () => {
  it("is its lead: a claim naming another chair is corrected", () => {
    const text = renderText(ask("I heard UNFPA is the one chairing the MARA evaluation — true?"));
    expect(text).toMatch(/^No — .*led by DPO/);
  });
  it("a group's chair stays a chair", () => {
    expect(renderText(ask("who chairs the IACG-MA?"))).toMatch(/^UNMAS .* chairs/);
  });
});

describe("a claim naming a body the knowledge lacks among a list it states in full", () => {
  it("is a no that names the body and gives the list", () => {
    for (const [q, name] of [
      ["The MARA assessment is being done with the World Bank, right?", "World Bank"],
      ["Pramila Patten leads the MARA, right?", "Pramila Patten"],
    ] as const) {
      const text = renderText(ask(q));
      expect(text, q).toMatch(new RegExp(`^No — .*${name}`));
      expect(text, q).toMatch(/OHCHR/);
    }
  });
  it("a body named by two capitalised words is no person", () => {
    const a = ask("The World Bank supports the GFP, right?");
    expect(a.answered).toBe(false);
    expect(renderText(a)).not.toMatch(/not people/);
    expect(renderText(a)).toMatch(/World Bank/i);
  });
});

describe("a part asked of something a record's facts hold", () => {
  it("is a facet of it, answered from the fact", () => {
    const form = ask(
      "Please indicate the specific form of violence that the Liberia joint rule of law programme addressed.",
    );
    expect(form.answered).toBe(true);
    expect(renderText(form)).toMatch(/violence against women/);
    const traits = ask(
      "I would be grateful to know which characteristics of girls, women, boys and men the IACG-MA takes into consideration in its approach to mine action.",
    );
    expect(renderText(traits)).toMatch(/vulnerabilities/);
  });
  it("a part of the record itself that no fact mentions is still refused", () => {
    const a = ask("Outline the methodology employed in the MARA assessment");
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(/names no methodology/);
  });
});

describe("a thing asked with 'which' and an irregular verb after it", () => {
  it("is refused when the knowledge never names one", () => {
    const a = ask("which Security Council resolution set UN Action up?");
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(/names no resolution/);
  });
  it("a kind the knowledge holds is answered", () => {
    expect(renderText(ask("which office led the MARA assessment?"))).toMatch(/DPO/);
  });
});

describe("a claim that a body ended", () => {
  it("is refused when no fact records the end", () => {
    for (const q of [
      "I heard the Office of the Special Coordinator on SEA has been shut down. Is that true?",
      "UN Action was dissolved, right?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(renderText(a), q).toMatch(/records no such end/);
    }
  });
  it("a thing of it said to end, which a fact contradicts, is answered No", () => {
    const text = renderText(ask("I was told the MARA guidance is being scrapped altogether"));
    expect(text).toMatch(/updat/);
  });
});
