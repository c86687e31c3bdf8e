// Words and names on the shipped knowledge: a word names one record, acronym slips, English words
// that are no cue typos, names glossed in brackets, links that are connections, words about a
// thing as a whole, where the answer goes.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const ask = (q: string): Answer => on.engine.ask(q, { explain: true });
const text = (q: string) => renderText(ask(q));

describe("a word names one record", () => {
  it("'mine action à l'ONU' is mine action at the UN, not UN Action", () => {
    expect(text("c'est qui le lead sur la coordination de la mine action à l'ONU ?")).toMatch(
      /^UNMAS/,
    );
    expect(text("who leads mine action at the UN?")).toMatch(/^UNMAS/);
  });
  it("a longer name holding a whole shorter one is still named", () => {
    expect(
      text("describe the focus of the joint rule of law programme implemented by GFP partners"),
    ).toMatch(/gender responsiveness/);
  });
  it("UN Action named in full, or in French, is still UN Action", () => {
    expect(text("who is a member of UN Action?")).toMatch(/DPO/);
    expect(text("qui est membre de l'Action des Nations Unies ?")).toMatch(/DPO/);
  });
});

describe("'link' between two things named is a connection", () => {
  it("'X n Y link?', 'X + Y link', 'X and Y - whats the link' ask how they relate", () => {
    for (const q of [
      "mine action n PoC link?",
      "mine action + poc link",
      "mine action and PoC - whats the link",
    ])
      expect(text(q)).toMatch(/supports all tiers/);
  });
  it("a link to one thing, or links with a web word, is still a web address", () => {
    expect(text("what's the link to the PSEA task force site?")).toMatch(/pseataskforce\.org/);
    expect(text("SEA links?")).toMatch(/iseek/);
  });
});

describe("English words are the words meant, not cue typos", () => {
  it("'lends' is not 'leads'; 'leeds' and 'leadin' still are", () => {
    expect(text("which agency lends its expertise to the GFP?")).not.toMatch(/who leads/);
    expect(text("which agency lends its expertise to the GFP?")).toMatch(/UN Women/);
    expect(text("who leeds the mara")).toMatch(/^DPO/);
    expect(text("who is leadin the MARA assesment")).toMatch(/^DPO/);
  });
});

describe("containers after an adjective, French phrases split by inversion", () => {
  it("'in which organizational unit' asks where the record sits", () => {
    expect(
      text(
        "Could you clarify in which organizational unit the United Nations Mine Action Service is located?",
      ),
    ).toMatch(/housed in OROLSI/);
  });
  it("'tient-il compte' reads as 'tient compte' through the glossary", () => {
    const a = ask(
      "Le Groupe interinstitutions tient-il compte des différences entre filles, femmes, garçons et hommes ?",
    );
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/girls, women, boys and men/);
  });
  it("a question about gender finds the approach the knowledge words as gender-sensitive", () => {
    expect(text("does the iacg-ma even think abt gender")).toMatch(/girls, women, boys and men/);
  });
});

describe("acronym slips, a body's seat, commas between questions", () => {
  it("two inner letters swapped are the acronym: 'gpf', 'jsc', 'dkpo'", () => {
    expect(text("gpf = ?")).toMatch(/^GFP/);
    expect(text("jsc stands for")).toMatch(/Justice and Corrections Service/);
    expect(text("what is wfp?")).toMatch(/anything on wfp/);
  });
  it("a body's city, HQ or secretariat is refused unless a fact names a place", () => {
    for (const q of [
      "unmas hq city?",
      "whr is unmas hq, ny or geneva?",
      "May I enquire where the UN Action network's secretariat is hosted?",
      "où se trouve le siège de l'UNMAS ?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(renderText(a)).toMatch(/is based \(no city or seat\)|est basé \(ni ville ni siège\)/);
    }
    expect(text("unmas hq city?")).toMatch(/it records UNMAS as part of OROLSI, in DPO/);
  });
  it("where a body sits in the organisation, or HQ against the field, is no seat question", () => {
    expect(
      text(
        "could you describe where, within the Secretariat structure, the United Nations Mine Action Service is located?",
      ),
    ).toMatch(/housed in OROLSI/);
    expect(
      text(
        "Les partenaires du GFP qui intègrent la perspective femmes, paix et sécurité, ils sont basés au Siège ou sur le terrain ?",
      ),
    ).toMatch(/partners at HQ/);
  });
  it("'who X, who Y, and whose Z?' are three questions; 'my director' is no person asked", () => {
    const a = ask(
      "long story short, my director wants one line each :pray: who coordinates mine action, who leads the MARA assessment, and whose expertise does the rule of law work draw on?",
    );
    expect(a.parts?.length).toBe(3);
    expect(a.answered).toBe(true);
    expect(renderText(a)).toMatch(/UNMAS[\s\S]*DPO[\s\S]*UN Women/);
  });
  it("the minutes of the last meeting are events the knowledge never records", () => {
    expect(ask("pls summarise the minutes of the last IACG-MA meeting").reason).toBe(
      "out_of_scope",
    );
  });
});

describe("words about a thing as a whole, numbers before a noun, 'SC', French 'volets'", () => {
  it("are no missing part, no noun, an alias, the aspects", () => {
    expect(
      ask("Could you clarify what connection, if any, the Security Council has with the MARA?")
        .answered,
    ).toBe(true);
    expect(
      ask("by what means has DPO reinforced coherence on conflict-related sexual violence?")
        .answered,
    ).toBe(true);
    expect(text("what are the two resource links we list on SEA?")).toMatch(/pseataskforce/);
    expect(text("is the mara only used in-country or also up at the SC? ty")).toMatch(
      /country level/,
    );
    expect(
      text(
        "Quels volets du travail du GFP doivent intégrer une perspective femmes, paix et sécurité ?",
      ),
    ).toMatch(/assessments, planning/);
  });
});

describe("where the answer goes, 'channel q', 'name of the network'", () => {
  it("'on a slide' is no topic; 'channel q' asks no contact; 'name of the network' no person", () => {
    expect(
      text(
        "which parts of GFP work are HQ partners supposed to cover with a gender perspective? listing them on a slide",
      ),
    ).toMatch(/assessments, planning/);
    expect(
      text(
        "channel q :thread: what's the MARA evaluation supposed to lead to + who's DPO coordinating with on it?",
      ),
    ).toMatch(/guidance/);
    expect(text("need: name of the network DPO participates in")).toMatch(
      /United Nations Action|UN Action/,
    );
    expect(ask("need the name of the UNMAS director").reason).toBe("out_of_scope");
    expect(ask("which slack channel does the IACG-MA use?").answered).toBe(false);
  });
  it("the latest report is news the knowledge does not hold", () => {
    expect(ask("Please summarise the latest SG annual report on CRSV for the channel").reason).toBe(
      "out_of_scope",
    );
  });
});

describe("a name glossed by a known acronym in brackets", () => {
  it("is that record's name in another form", () => {
    expect(text("Quel est le rôle du BRSSG-VSC (OSRSG-SVC) dans l'évaluation des MARA ?")).toMatch(
      /^OSRSG-SVC .*partner in the MARA assessment/,
    );
    expect(text("what does WFP (World Food Programme) do?")).toMatch(/anything on WFP/);
  });
});
