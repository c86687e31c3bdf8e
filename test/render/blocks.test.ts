// The Block Kit renderer: real answers from the real engine, and random answers (fast-check) that
// must always stay inside Slack's limits and never let text become a mention or a broadcast.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Answer, Engine } from "../../src/answer/types.js";
import { clip, escapeMrkdwn, LIMITS, listWithMore, renderBlocks } from "../../src/render/blocks.js";
import { MAX_ACTION_VALUE } from "../../src/slack/action-values.js";
import { loadRealEngine } from "../helpers/slack-harness.js";

let engine: Engine;
beforeAll(async () => {
  engine = await loadRealEngine();
});

type AnyBlock = Record<string, unknown> & { type: string };

/** Every limit Slack enforces on the blocks we use; returns the violations. */
function violations(card: { text: string; blocks: AnyBlock[] }): string[] {
  const out: string[] = [];
  if (card.blocks.length > LIMITS.blocks) out.push(`${card.blocks.length} blocks`);
  if (card.text.length === 0 || card.text.length > LIMITS.fallbackText) out.push("fallback text");
  const actionIds: string[] = [];
  for (const b of card.blocks) {
    const text = b.text as { text: string } | undefined;
    if (b.type === "section") {
      if (text && (text.text.length > LIMITS.sectionText || text.text.length === 0))
        out.push("section text");
      const fields = (b.fields ?? []) as { text: string }[];
      if (fields.length > LIMITS.fields) out.push("too many fields");
      for (const f of fields)
        if (f.text.length > LIMITS.fieldText || f.text.length === 0) out.push("field text");
      if (!text && fields.length === 0) out.push("empty section");
    }
    if (b.type === "header" && text && text.text.length > LIMITS.header) out.push("header");
    if (b.type === "context") {
      const elements = b.elements as { text: string }[];
      if (elements.length > LIMITS.contextElements) out.push("context elements");
      for (const e of elements) if (e.text.length > 3000) out.push("context text");
    }
    if (b.type === "actions") {
      const elements = b.elements as { action_id: string; value: string; text: { text: string } }[];
      if (elements.length > 25) out.push("actions elements");
      for (const e of elements) {
        actionIds.push(e.action_id);
        if (e.text.text.length > LIMITS.buttonText || e.text.text.length === 0)
          out.push("button text");
        if (e.value.length > MAX_ACTION_VALUE) out.push("action value");
      }
    }
  }
  if (new Set(actionIds).size !== actionIds.length) out.push("duplicate action ids");
  return out;
}

const allText = (card: { text: string; blocks: unknown[] }) =>
  JSON.stringify(card.blocks) + card.text;
const sectionTexts = (card: { blocks: AnyBlock[] }) =>
  card.blocks.flatMap((b) => {
    const own = (b.text as { text?: string } | undefined)?.text;
    const fields = ((b.fields ?? []) as { text: string }[]).map((f) => f.text);
    const elements =
      b.type === "context" ? (b.elements as { text: string }[]).map((e) => e.text) : [];
    return [...(own ? [own] : []), ...fields, ...elements];
  });

describe("renderBlocks on real answers", () => {
  it("puts the direct answer first, then fields, source and buttons", () => {
    const answer = engine.ask("who leads the MARA assessment?");
    const card = renderBlocks(answer, { surface: "slash", shareId: "abcdefgh1234" });
    expect(violations(card as never)).toEqual([]);
    const first = card.blocks[0] as AnyBlock & { text: { text: string } };
    expect(first.type).toBe("section");
    expect(first.text.text).toContain("DPO");
    expect(card.text).toContain("DPO");
    const context = card.blocks.find((b) => b.type === "context") as {
      elements: { text: string }[];
    };
    expect(context.elements.map((e) => e.text).join(" ")).toMatch(/Source:/);
    const ids = card.blocks.flatMap((b) =>
      b.type === "actions" ? b.elements.map((e) => (e as { action_id: string }).action_id) : [],
    );
    expect(ids).toEqual(["fp_share", "fp_feedback_up", "fp_feedback_down"]);
  });

  it("offers did-you-mean buttons only when it could not answer", () => {
    const refused = engine.ask("what does WHO do about malaria?");
    expect(refused.answered).toBe(false);
    const card = renderBlocks(refused, { surface: "dm" });
    const suggest = card.blocks
      .flatMap((b) => (b.type === "actions" ? b.elements : []))
      .filter((e) => (e as { action_id: string }).action_id.startsWith("fp_suggest_"));
    expect(suggest.length).toBe(refused.suggestions.length);
    expect(allText(card)).toMatch(/Did you mean/);
    const answered = renderBlocks(engine.ask("who chairs the IACG-MA?"), { surface: "dm" });
    expect(allText(answered)).not.toMatch(/fp_suggest_/);
  });

  it("renders links as <url|title> and marks intranet links", () => {
    const base = engine.ask("who leads the MARA assessment?");
    const answer: Answer = {
      ...base,
      links: [
        { title: "PSEA Task Force", url: "http://www.pseataskforce.org/", access: "public" },
        { title: "Odd|title>", url: "https://example.org/a|b", access: "public" },
        {
          title: "OSCSEA on iSeek",
          url: "https://iseek-newyork.un.org/department/x?a=1&b=2",
          access: "intranet",
        },
      ],
    };
    const text = sectionTexts(renderBlocks(answer, { surface: "dm" }) as never).join("\n");
    expect(text).toContain("<http://www.pseataskforce.org/|PSEA Task Force>");
    // A `|` or `>` would end the link early and show the rest as raw text.
    expect(text).toContain("<https://example.org/a%7Cb|Odd¦title&gt;>");
    expect(text).toContain(
      "<https://iseek-newyork.un.org/department/x?a=1&amp;b=2|OSCSEA on iSeek> :lock: _intranet",
    );
  });

  it("credits the asker and escapes the question it echoes", () => {
    const answer = {
      ...engine.ask("who leads MARA"),
      question: "<!channel> & <@U999> who leads MARA?",
    };
    const card = renderBlocks(answer, { surface: "slash", askedBy: "U123ABC" });
    // What people see; button values keep the raw question for votes and are never displayed.
    const text = [...sectionTexts(card as never), card.text].join("\n");
    expect(text).toContain(
      "<@U123ABC> asked: “&lt;!channel&gt; &amp; &lt;@U999&gt; who leads MARA?”",
    );
    expect(text).not.toContain("<!channel>");
    expect(text).not.toContain("<@U999>");
  });

  it("does not link an asker id that is not a Slack user id", () => {
    const card = renderBlocks(engine.ask("who leads MARA"), {
      surface: "slash",
      askedBy: "!channel",
    });
    expect(allText(card)).not.toContain("<!channel>");
  });

  it("renders the help answer without feedback buttons and with its topics", () => {
    const card = renderBlocks(engine.help(), { surface: "slash" });
    expect(violations(card as never)).toEqual([]);
    expect(allText(card)).toContain("MARA");
    expect(allText(card)).not.toContain("fp_feedback");
  });
});

describe("text helpers", () => {
  it("escapes &, < and >", () => {
    expect(escapeMrkdwn("a & b <!here> >")).toBe("a &amp; b &lt;!here&gt; &gt;");
  });

  it("clips with an ellipsis and never cuts an entity in half", () => {
    expect(clip("abcdef", 4)).toBe("abc…");
    expect(clip("abc", 4)).toBe("abc");
    expect(clip("ab&amp;cd", 5)).toBe("ab…");
  });

  it("ends long lists with 'and N more'", () => {
    const items = Array.from({ length: 30 }, (_, i) => `item${i}`);
    expect(listWithMore(items, ", ", 1000, 3)).toBe("item0, item1, item2, and 27 more");
    const tight = listWithMore(items, ", ", 40);
    expect(tight.length).toBeLessThanOrEqual(40);
    expect(tight).toMatch(/and \d+ more$/);
    expect(listWithMore(["a", "b"], ", ", 100)).toBe("a, b");
  });
});

const text = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: max, size: "medium" }),
    fc.constantFrom("<!channel>", "<!here>", "<@U123>", "&lt;", "a|b>c", "*bold*"),
    fc.string({
      minLength: max,
      maxLength: max * 2,
      unit: fc.constantFrom("a", "<", "&", ">", "é", "😀", " "),
    }),
  );
const ref = fc.record({
  id: fc.stringMatching(/^[a-z]{1,12}$/),
  kind: fc.constant("entity" as const),
  label: text(120),
});

const answerArb: fc.Arbitrary<Answer> = fc.record({
  question: text(4000),
  normalized: fc.string({ maxLength: 50 }),
  answered: fc.boolean(),
  intent: fc.constantFrom("lead", "help", "overview", "unknown", "definition" as const),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  headline: text(5000),
  correction: fc.option(text(4000), { nil: undefined }),
  primary: fc.option(ref, { nil: undefined }),
  facts: fc.array(fc.record({ label: text(60), value: text(2500) }), {
    maxLength: 30,
    size: "max",
  }),
  related: fc.array(ref, { maxLength: 40, size: "max" }),
  links: fc.array(
    fc.record({
      title: text(300),
      url: fc.webUrl(),
      access: fc.constantFrom("public", "intranet" as const),
    }),
    { maxLength: 40, size: "max" },
  ),
  sources: fc.array(
    fc.record({
      id: fc.string(),
      title: text(400),
      quote: fc.option(text(3000), { nil: undefined }),
    }),
    { maxLength: 6 },
  ),
  suggestions: fc.array(fc.record({ ref, question: text(300) }), { maxLength: 8 }),
  version: fc.stringMatching(/^[0-9a-f]{0,12}$/),
}) as fc.Arbitrary<Answer>;

describe("renderBlocks on any answer (property)", () => {
  it("stays within Slack's limits", () => {
    fc.assert(
      fc.property(
        answerArb,
        fc.boolean(),
        fc.option(fc.constantFrom("U123ABC", "W9ZZ"), { nil: undefined }),
        (answer, share, askedBy) => {
          const card = renderBlocks(answer, {
            surface: "slash",
            ...(share ? { shareId: "abcdefgh1234" } : {}),
            askedBy,
          });
          expect(violations(card as never)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("never emits a mention, broadcast or link that is not the asker's credit or a knowledge link", () => {
    fc.assert(
      fc.property(answerArb, (answer) => {
        const card = renderBlocks(answer, { surface: "dm", askedBy: "U123ABC" });
        for (const t of [...sectionTexts(card as never), card.text]) {
          const specials = t.match(/<[^>]*>?/g) ?? [];
          for (const s of specials) expect(s).toMatch(/^<(@U123ABC>|https?:\/\/)/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
