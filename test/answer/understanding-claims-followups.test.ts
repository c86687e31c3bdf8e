// Claims, counts and messages on the shipped knowledge: topic and ownership claims, two names of
// one record, a container's part, counts of a fact's list, follow-ups that point at an answer,
// lists of questions in chat.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const ask = (q: string): Answer => on.engine.ask(q, { explain: true });
const text = (q: string) => renderText(ask(q));

describe("a 'which <kind>' question answered by a card", () => {
  it("yields to the fact that says its other words and names one of that kind", () => {
    expect(
      text(
        "I would be grateful for information on which UN entity contributes its expertise to DPKO's rule of law work through the Global Focal Point.",
      ),
    ).toMatch(/^GFP brings UN Women expertise/);
  });
});

describe("topic claims between two terms; a membership as setting; the answer as referent", () => {
  it("'The MARA is about SEA' is no: the MARA's topic is CRSV", () => {
    expect(text("The MARA is about sexual exploitation and abuse, isn't it?")).toMatch(
      /^No — .*SEA.*\n.*conflict-related sexual violence/,
    );
    expect(
      text("DPKO's scoping study was on the causes and consequences of CRSV, wasn't it?"),
    ).toMatch(/^No — /);
  });
  it("'as a member of X' is the setting; 'recorded as a member of X' asks the membership", () => {
    expect(text("what did DPKO contribute to as a member of UN Action?")).toMatch(/scoping study/);
    expect(text("which department is recorded as a member of UN Action?")).toMatch(/DPO/);
  });
  it("after a question naming nothing, 'it' is the record its answer brought in", () => {
    const t = text(
      "*Agenda item 3 — UN Action* :handshake:\nwhich dept is named as a member, and what initiative did it back?",
    );
    expect(t).toMatch(/contributed to the SEA scoping study/);
    // (When the first question points back too, both mean the same record.)
    expect(
      text(
        "> UNMAS is the coordinator for mine action\nok but which office is it housed in, and what group does it chair?",
      ),
    ).toMatch(
      /UNMAS .*chairs IACG-MA|chairs? (?:the )?(?:United Nations )?Inter-Agency Coordination Group/,
    );
  });
});

describe("counts of a fact's list, set-asides, lowercase acronyms, names in a language", () => {
  it("'how many aspects of GFP work' counts the list the fact spells out", () => {
    expect(text("how many aspects of GFP work are listed?")).toMatch(/^Nine: assessments/);
  });
  it("a list that holds only what is set aside is 'no other'; 'besides that' sets no record aside", () => {
    expect(text("whos in UN action besides dpko")).toMatch(/names no other than/);
    expect(text("which MARA partners are there besides OHCHR?")).toMatch(/UNICEF/);
    expect(
      text(
        "> IACG-MA develops and revises policies and strategies\nwhat else does it do besides that?",
      ),
    ).toMatch(/priorit/);
  });
  it("a short lowercase non-word before the records of a claim is an acronym it lacks", () => {
    expect(text("is wfp doing anything on sea?")).toMatch(/^I don't have anything on WFP/);
    expect(text("is unmas part of dpo?")).toMatch(/^Yes/);
  });
  it("capitals for emphasis are no acronym", () => {
    expect(text("which of these is NOT a MARA assessment partner: OHCHR, UNFPA?")).not.toMatch(
      /anything on NOT/,
    );
  });
  it("'en français', 'in French' add the record's names in that language", () => {
    expect(text("Que veut dire CRSV en français ?")).toMatch(
      /En français: violences sexuelles liées aux conflits/,
    );
    expect(text("what is UNMAS in French?")).toMatch(/In French: Service de la lutte antimines/);
  });
});

describe("follow-ups: what an answer brought in, 'its' role, partners standing for their work", () => {
  it("'what does it chair? and what does that body do?' — that body is what the answer named", () => {
    const t = text(
      "> UNMAS, housed in the Department of Peacekeeping Operations Office of Rule of Law and Security Institutions, is the coordinator for mine action\nwhat does it chair? and what does that body actually do?",
    );
    expect(t).toMatch(/IACG-MA[\s\S]*develops and revises policies/);
  });
  it("'where is its chair housed?' after the group is named: the chair's seat", () => {
    const t = text(
      "new colleague asks:\n1. who chairs the IACG-MA?\n2. what does the group actually do?\n3. and where is its chair housed?",
    );
    expect(t).toMatch(/UNMAS .*is housed in OROLSI/);
  });
  it("a quoted list of a work's partners stands for the work", () => {
    const t = text(
      "> in coordination with OHCHR, OSRSG-SVC, DPPA, UNFPA and UNICEF\nso who's the lead then? and how many partners is that?",
    );
    expect(t).toMatch(/^DPO .*has led the MARA assessment/);
    expect(t).toMatch(/Five: OHCHR/);
  });
  it("a claim placing a body inside its recorded container's part is neither confirmed nor denied", () => {
    const a = ask("I heard JCS sits inside OROLSI as well, yes?");
    expect(a.answered).toBe(false);
    expect(renderText(a)).toMatch(
      /records JCS as part of DPO; it doesn't say whether JCS sits in OROLSI/,
    );
  });
});

describe("a heading line of context", () => {
  it("is its own piece: the quote after it is what a follow-up means", () => {
    const t = text(
      "thread for the CRSV workstream :thread:\n> The MARA serves as the evidence base for all prevention and response activities\nat which levels? and what's the current assessment of it supposed to produce?",
    );
    expect(t).toMatch(/Security Council/);
    expect(t).toMatch(/guidance/);
  });
});

describe("two names of one record claimed to be two things", () => {
  it("is no, with the record's history", () => {
    for (const q of [
      "DPKO and DPO are two separate departments working side by side, right?",
      "are DPO and DPKO different departments?",
    ])
      expect(text(q), q).toMatch(/^No — DPKO .*became DPO .*on 1 January 2019/);
    expect(text("is DPKO the same as DPO?")).toMatch(/^Yes/);
  });
});

describe("chat sentences, announced bullets, a claimed request", () => {
  it("'X. does it chair anything too?' asks the second sentence of what the first names", () => {
    expect(text("ok so unmas coordinates mine action. does it chair anything too?")).toMatch(
      /^Yes — UNMAS .*chairs IACG-MA/,
    );
  });
  it("'Two things pls' before bullets announces them as questions", () => {
    const a = ask(
      "Two things pls :thread:\n• full name of the GFP\n• which HQ work areas need a gender lens — do budgets count?",
    );
    expect(a.parts?.length).toBe(2);
    expect(renderText(a)).toMatch(/Global Focal Point for the Police/);
  });
  it("a request no fact speaks of is no confirmed reason", () => {
    expect(
      ask("the MARA assessment was launched at the Security Council's request, right?").answered,
    ).toBe(false);
  });
});

describe("whose a thing with a recorded owner is", () => {
  it("a claim giving it to another body is no, with the owner", () => {
    for (const q of [
      "Isn't the Concept of Operations for Protection of Civilians a DPPA document?",
      "is the PoC concept of operations DPPA's?",
    ])
      expect(text(q), q).toMatch(
        /^No — DPKO Concept of Operations for Protection of Civilians is DPO's/,
      );
    expect(text("is the PoC concept DPO's?")).toMatch(/^Yes/);
  });
});
