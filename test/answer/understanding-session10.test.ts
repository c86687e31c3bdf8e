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
