// Edge cases of language-marked names and contacts, through the in-memory loader.
import { describe, expect, it } from "vitest";
import { loadKnowledgeFromTexts } from "../../src/knowledge/load.js";
import { formatProblem, type LoadResult } from "../../src/knowledge/model.js";

const SOURCES = "sources: [{ id: s, title: S, kind: note }]\n";

function load(text: string): LoadResult {
  return loadKnowledgeFromTexts([{ path: "k/a.yml", text: SOURCES + text }]);
}

function lines(r: LoadResult): string[] {
  return r.ok ? [] : r.problems.map(formatProblem);
}

const team = (id: string, extra: string) => `  - id: ${id}
    name: Team ${id}
    kind: team
    summary: A team.
    sources: [{ source: s }]
${extra}`;

describe("names marked by language", () => {
  it("locates a typo inside a { name, lang } entry and a bad language code", () => {
    const r = load(
      `entities:\n${team("a", "    aliases: [{ name: Équipe A, lnag: fr }, { name: Équipe A2, lang: French }]\n")}`,
    );
    expect(lines(r)).toEqual([
      "k/a.yml:8:33: KB008 unknown-key: unknown key 'lnag' (did you mean 'lang'?)",
      "k/a.yml:8:70: KB030 invalid-value: 'lang' must be a language code such as 'fr' or 'en' (got 'French')",
    ]);
  });

  it("finds a name clash between a plain alias and a language-marked one", () => {
    const r = load(
      `entities:\n${team("a", "    aliases: [Équipe commune]\n")}${team("b", "    aliases: [{ name: equipe commune, lang: fr }]\n")}`,
    );
    expect(lines(r)).toEqual([
      "k/a.yml:14:23: KB020 name-clash: name 'equipe commune' is also claimed by 'a' (k/a.yml:8:15); declare it under 'ambiguous' in both records if that is intended",
    ]);
  });
});

describe("contacts", () => {
  it("suggest the close key and say which type is missing", () => {
    const r = load(
      `entities:\n${team("a", '    contacts:\n      - type: chat\n        chanel: "#team-a"\n      - channel: "#a"\n')}`,
    );
    expect(lines(r)).toEqual([
      "k/a.yml:10:9: KB008 unknown-key: unknown key 'chanel' (did you mean 'channel'?)",
      "k/a.yml:11:9: KB009 missing-field: missing required field 'type'",
    ]);
  });

  it("accept mailto: addresses and Matrix rooms, and keep a bare chat channel without a link", () => {
    const r = load(
      `entities:\n${team("a", '    contacts:\n      - type: mailing-list\n        address: "mailto:a@lists.example.org?subject=hi"\n      - type: chat\n        platform: matrix\n        channel: "#team-a:example.org"\n')}`,
    );
    if (!r.ok) throw new Error(lines(r).join("\n"));
    expect(r.model.entities.get("a")?.contacts).toEqual([
      { type: "mailing-list", address: "a@lists.example.org", href: "mailto:a@lists.example.org" },
      { type: "chat", channel: "#team-a:example.org", platform: "matrix" },
    ]);
  });
});
