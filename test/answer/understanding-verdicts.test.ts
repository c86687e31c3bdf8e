// Yes/no claims, either/or questions, premises, places and contributions, on the shipped
// knowledge: each answered from the recorded relation, or refused where the knowledge cannot
// settle it.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const ask = (q: string): Answer => on.engine.ask(q, { explain: true });
const text = (q: string) => renderText(ask(q));

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

describe("a contribution after a determiner", () => {
  it("'beyond its contribution of expertise, …' asks for no contribution", () => {
    expect(
      ask(
        "Beyond its contribution of expertise to the Department's rule of law work, could you outline UN Women's broader programmatic activities on women, peace and security as reflected in your materials?",
      ).answered,
    ).toBe(false);
  });
});

describe("sorts of body the knowledge never mentions", () => {
  it("'which UNICEF country offices' is refused; 'which country example' and 'which offices' are not", () => {
    expect(
      ask(
        "Could you kindly indicate which UNICEF country offices participate in the MARA assessment?",
      ).answered,
    ).toBe(false);
    expect(text("which offices are in DPO?")).toMatch(/OROLSI/);
    expect(text("ok but which country example do we have for the GFP?")).toMatch(/Liberia/);
  });
});
