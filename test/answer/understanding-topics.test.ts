// Claims about what a record works on, and names a claim sets against ("about CRSV, not SEA"), on
// the shipped knowledge; and words of chat and of French that name no record.
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

describe("chat words, links asked for, demining, French opinions", () => {
  it("'wut', 'in DM', 'on file' and 'go-to' name nothing", () => {
    expect(text("wut does the iacg-ma actualy do all day")).toMatch(/develops/);
    expect(text("(a) what SEA resource links do we actually have on file?")).toMatch(
      /pseataskforce/,
    );
    expect(text("which outfit is the go-to coordinator for demining stuff at the un")).toMatch(
      /^UNMAS/,
    );
  });
  it("'send the link' asks for the link, 'send an email' is a task", () => {
    expect(text("pls send the psea taskforce link")).toMatch(/pseataskforce\.org/);
    expect(ask("can you send an email to UNMAS").reason).toBe("out_of_scope");
  });
  it("an opinion asked in French, or the name of a body's focal point, is refused", () => {
    expect(ask("Quelle est l'opinion du DOP sur l'efficacité actuelle du MARA ?").answered).toBe(
      false,
    );
    expect(
      ask("what is the name of the DPO focal point who's actually leading the MARA assessment?")
        .reason,
    ).toBe("out_of_scope");
  });
  it("'which categories of actors' asks for the actors", () => {
    expect(
      text(
        "I would be grateful to know which categories of actors the joint rule of law programme in Liberia sought to make more responsive to gender.",
      ),
    ).toMatch(/justice, security and legislative actors/);
  });
});

describe("items a list introduction asks for", () => {
  it("'I need: (1) chair of X, (2) lead of Y' answers each item", () => {
    const a = ask(
      "context: a donor asked for a one-pager.\nI need: (1) chair of the IACG-MA, (2) lead of the MARA assessment, (3) whose expertise the GFP draws on",
    );
    const t = renderText(a);
    expect(t).toMatch(/UNMAS .*chairs/);
    expect(t).toMatch(/DPO .*led the MARA assessment/);
    expect(t).toMatch(/UN Women/);
  });
  it("bullets after 'give me the lead:' are each asked it; a line that is no item ends the list", () => {
    const t = text(
      "for each area pls give me the lead/coordinator:\n• mine action\n• MARA assessment",
    );
    expect(t).toMatch(/^UNMAS .*coordinator/);
    expect(t).toMatch(/DPO .*MARA assessment/);
    // An introduction that asks nothing leaves its items as they are.
    expect(ask("Notes from today:\n- mine action\n- who chairs the IACG-MA?").headline).toMatch(
      /UNMAS/,
    );
  });
});

describe("follow-ups in one message", () => {
  it("'since when?' after a lead question asks about the piece of work, not a partner listed", () => {
    const a = ask("who leads the MARA assessment? and who else is in it? also since when?");
    expect(a.answered).toBe(true);
    expect(a.parts?.[2]?.headline).toMatch(/November 2020/);
  });
  it("'what is it supposed to lead to' after a partners question is the work's outcome", () => {
    const a = ask(
      "1) which entities is DPO working with on the MARA assessment?\n2) and what is it supposed to lead to once it's done?",
    );
    expect(renderText(a)).toMatch(/guidance/);
  });
});

describe("what a piece of work leads to, however it is asked", () => {
  it.each([
    "what does the mara eval actually end up changing",
    "whats gonna come out of the mara eval at the end",
    "L'évaluation du MARA doit mener à quoi, concrètement ?",
  ])("%s", (q) => {
    expect(text(q)).toMatch(/update of the existing guidance/);
  });
  it("'end in 2025' still asks when", () => {
    expect(ask("does the MARA assessment end in 2025?").answered).toBe(false);
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
  it("a fact that does not name its record says whose it is", () => {
    expect(
      text(
        "Could you kindly indicate the office within which the United Nations Mine Action Service is housed?",
      ),
    ).toMatch(/^OROLSI\b/);
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

describe("acronyms typed without their office's O, guesses after a question", () => {
  it("'hchr' and 'HCHR' are OHCHR; an unknown acronym stays unknown", () => {
    expect(text("what does HCHR do in the mara")).toMatch(/^OHCHR/);
    expect(text("hchr n dpo - whats the link between them")).toMatch(/MARA/);
    expect(ask("what does WFP do?").reason).toBe("unknown_name");
  });
  it("'Is it donors, member states, NGOs...?' after a question is part of it", () => {
    const a = ask(
      "Who exactly does the IACG-MA set priorities among? Is it donors, member states, NGOs...?",
    );
    expect(a.answered).toBe(true);
    expect(a.parts).toBeUndefined();
    expect(renderText(a)).toMatch(/UN actors/);
  });
});

describe("a claim the knowledge contradicts, even about when", () => {
  it("'finished and published last year, wasn't it?' is 'No — ongoing'", () => {
    expect(
      text("The scoping study on SEA was finished and published last year, wasn't it?"),
    ).toMatch(/^No — .*ongoing/);
  });
});

describe("French left-dislocation, inversion and 'en'", () => {
  it("'Le dispositif GFP, il exige quoi des partenaires au Siège ?' is the fact about partners", () => {
    expect(text("Le dispositif GFP, il exige quoi des partenaires au Siège ?")).toMatch(
      /ensures that partners at HQ/,
    );
    expect(
      text(
        "Le Groupe de coordination interinstitutions sur la lutte antimines, il tient compte du genre ?",
      ),
    ).toMatch(/girls, women, boys and men/);
  });
  it("a body the knowledge lacks said to take part in a piece of work gets its partners", () => {
    const t = text("Et l'OMS, elle fait partie de l'évaluation des MARA ?");
    expect(t).toMatch(/^Non — je n'ai rien sur OMS.*voici ce qu'elle contient/);
    expect(t).toMatch(/OHCHR/);
    expect(text("Is WHO part of the MARA assessment?")).toMatch(/\nDPO .* with OHCHR/);
  });
  it("'part of it', 'en fait-il partie' point back to the work the context names", () => {
    for (const q of [
      "Which entities does DPO coordinate the MARA assessment with? Is OHCHR part of it?",
      "Avec quelles entités le DOP coordonne-t-il l'évaluation des MARA ? Le HCDH en fait-il partie ?",
    ]) {
      const a = ask(q);
      expect(a.answered).toBe(true);
      expect(a.parts?.[1]?.intent).toBe("partners");
    }
  });
  it("'also have a …' continues the question; a place it lacks is refused in both languages", () => {
    expect(ask("Does the GFP also have a joint programme in Haiti?").reason).toBe("unknown_name");
    expect(ask("Le GFP a-t-il aussi un programme conjoint en Haïti ?").answered).toBe(false);
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

describe("French set-aside", () => {
  it("'À part le Libéria, dans quels autres pays…' sets Liberia aside, in French", () => {
    const a = ask(
      "À part le Libéria, dans quels autres pays les partenaires de la GFP ont-ils mené des programmes conjoints ?",
    );
    expect(a.answered).toBe(false);
    expect(a.headline).toMatch(/^Ma base .*que Joint rule of law programme in Liberia/);
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
  });
});

describe("English words are no typos of other words", () => {
  it("'connection' is not 'corrections'; 'supported' is 'support'; a real typo is still fixed", () => {
    expect(
      text(
        "I would be grateful for the full name of the Team of Experts mentioned in connection with the Global Focal Point.",
      ),
    ).toMatch(/^Team of Experts on the Rule of Law and Sexual Violence in Conflict/);
    expect(text("I heard OHCHR was the one that supported the SEA scoping study?")).toMatch(
      /^No — .*DPKO/,
    );
    expect(text("who chiars the iacg-ma")).toMatch(/^UNMAS .*chairs/);
  });
});

describe("chat and layout: first items, thanks words, emoji, plurals, filler typos", () => {
  it("'(1) who…? (2) what…?' on one line answers both; 'top' in a question is no thanks", () => {
    const a = ask(
      "*MARA* :chart_with_upwards_trend:\n(1) who leads the assessment? (2) what were its top 3 recommendations? need both by EOD",
    );
    expect(a.parts?.[0]?.headline).toMatch(/DPO .*led the MARA assessment/);
    expect(a.parts?.[1]?.reason).toBe("no_results");
    expect(a.answered).toBe(false);
    expect(text("merci, top")).toMatch(/^Avec plaisir/);
  });
  it("an emoji before a capital ends a sentence; 'spell it out' asks the expansion", () => {
    const a = ask(
      "Folks, MARA gets mangled in every draft :face_palm: Spell it out for me + since when has DPO been leading the assessment?",
    );
    expect(a.parts?.[0]?.headline).toMatch(/^MARA stands for Monitoring/);
  });
  it("a plural acronym ('the new JPOs') is an audience, not a record it lacks", () => {
    expect(
      text(
        "*MARA* — spell it out for the new JPOs pls, and tell me what CRSV stands for while you're at it",
      ),
    ).toMatch(/Monitoring, Analysis and Reporting/);
    expect(ask("what does WFP do?").reason).toBe("unknown_name");
  });
  it("'actualy' is filler; whr, wmn, frm are chat forms", () => {
    expect(text("yo who's actualy driving the mara review thing since nov 2020")).toMatch(/^DPO/);
    expect(text("whr's the special coordinator on SEA page, iseek link? cant find it")).toMatch(
      /iseek/,
    );
  });
  it("'which GFP partners' after a noun is a relative clause", () => {
    expect(
      text(
        "Might you outline the thrust of the joint programme which GFP partners implemented in Liberia?",
      ),
    ).toMatch(/legislative actors/);
  });
});

describe("scope: schedules, votes, headcounts, French figures, another place", () => {
  it.each([
    "when's the mara assesment wrapping up??",
    "Isn't the MARA assessment running behind schedule?",
    "which UN Action members voted against the scoping study?",
    "what's the UNMAS headcount?",
    "Est-ce que le programme au Libéria a fait baisser les violences faites aux femmes ? Vous avez des chiffres ?",
    "did gfp do smth similar in south sudan too",
  ])("%s is refused", (q) => {
    expect(ask(q).answered).toBe(false);
  });
  it("French refusals hold no English words", () => {
    expect(text("Le programme au Libéria a-t-il donné des résultats ?")).not.toMatch(
      /what it (?:holds|says)/,
    );
  });
});

describe("'whose' asks who owns the thing it names", () => {
  it("the fact that names the owner leads", () => {
    expect(
      text(
        "Could you advise on whose expertise the rule of law work of the Justice and Corrections Service continues to draw?",
      ),
    ).toMatch(/^JCS benefits from UN Women expertise/);
    expect(text("whose expertise does the GFP draw on?")).toMatch(/^GFP brings UN Women expertise/);
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
