// Which records a question names, on the shipped knowledge: a word names one record, so names
// that cross each other are weighed by their own words.
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
