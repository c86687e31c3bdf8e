// Messages and words on the shipped knowledge: list items an introduction asks for, follow-ups,
// French dislocation and "en", chat forms and filler typos, typos that are real words, "whose"
// and what is out of scope.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const ask = (q: string): Answer => on.engine.ask(q, { explain: true });
const text = (q: string) => renderText(ask(q));

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

describe("French set-aside", () => {
  it("'À part le Libéria, dans quels autres pays…' sets Liberia aside, in French", () => {
    const a = ask(
      "À part le Libéria, dans quels autres pays les partenaires de la GFP ont-ils mené des programmes conjoints ?",
    );
    expect(a.answered).toBe(false);
    expect(a.headline).toMatch(/^Ma base .*que Joint rule of law programme in Liberia/);
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

describe("a record named by the role it holds", () => {
  it("'the mine action coordinator', 'the chair of the IACG-MA' are UNMAS", () => {
    expect(text("where is the mine action coordinator housed?")).toMatch(
      /^UNMAS .*housed in OROLSI/,
    );
    expect(
      text("Please advise where, organisationally, the mine action coordinator is located."),
    ).toMatch(/OROLSI/);
    expect(text("what does the chair of the IACG-MA do?")).toMatch(/^UNMAS/);
  });
  it("a question word before another verb asks of the holder, not who it is", () => {
    for (const q of [
      "which department houses the mine action coordinator?",
      "which office is the mine action coordinator housed in?",
      "which department houses the coordinator for mine action?",
    ])
      expect(text(q), q).toMatch(/^UNMAS .*housed in OROLSI/);
    expect(text("which entity is the chair of the IACG-MA now?")).toMatch(/^UNMAS .*chairs/);
  });
  it("a question asking who holds it, or a claim giving it to another, is left as it is", () => {
    expect(text("who is the coordinator for mine action?")).toMatch(/^UNMAS .*coordinator/);
    expect(text("Isn't UNFPA the coordinator for mine action?")).toMatch(/^No — /);
  });
});
