// The App Home tab: how to ask, example questions, and what the knowledge base covers right now
// (read from the serving model, so it follows hot reloads). Built as a pure function of the engine.
import type { types } from "@slack/bolt";
import type { Engine } from "../answer/types.js";
import type { KnowledgeModel } from "../knowledge/model.js";
import { type CardBlock, clip, escapeMrkdwn, LIMITS, listWithMore } from "../render/blocks.js";

/** Slack allows 100 blocks in a Home tab view. */
const MAX_HOME_BLOCKS = 100;

const KIND_GROUPS: { title: string; kinds: string[] }[] = [
  {
    title: "Departments and offices",
    kinds: ["department", "office", "section", "service", "team"],
  },
  { title: "Agencies, funds and programmes", kinds: ["agency", "fund", "programme", "entity"] },
  { title: "Networks, groups and arrangements", kinds: ["network", "group", "arrangement"] },
];

const section = (text: string): types.SectionBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: clip(text, LIMITS.sectionText) },
});
const header = (text: string): types.HeaderBlock => ({
  type: "header",
  text: { type: "plain_text", text: clip(text, LIMITS.header), emoji: true },
});

function named(name: string, acronyms: readonly string[] | undefined): string {
  const short = acronyms?.[0];
  return escapeMrkdwn(short && short !== name ? `${short} (${name})` : name);
}

/** The name people type: an acronym, else the shortest alias, else the full name. */
function shortName(record: {
  name: string;
  acronyms?: readonly string[];
  aliases?: readonly string[];
}) {
  const alias = [...(record.aliases ?? [])].sort((a, b) => a.length - b.length)[0];
  return record.acronyms?.[0] ?? (alias && alias.length < record.name.length ? alias : record.name);
}

/**
 * Example questions built from what the knowledge holds, one of each kind the engine answers
 * (lead, chair, acronym, links), so they work for any organisation's knowledge folder.
 */
export function exampleQuestions(engine: Engine, max = 6): string[] {
  const model = engine.model;
  const out: string[] = [];
  const led = [...model.activities.values()].find((a) => a.lead);
  if (led) out.push(`Who leads the ${shortName(led)}?`);
  const chair = [...model.memberships.values()].find((m) => m.role === "chair");
  const group = chair ? model.entities.get(chair.group) : undefined;
  if (group) out.push(`Who chairs the ${shortName(group)}?`);
  const partOf = [...model.entities.values()].find((e) => e.part_of && e.acronyms?.length);
  if (partOf) out.push(`Where does ${shortName(partOf)} sit?`);
  const term = [...model.terms.values()].find((t) => t.term !== t.name);
  if (term) out.push(`What does ${term.term} stand for?`);
  const topic = [...model.relations.resourcesByTopic.keys()][0];
  const topicTerm = topic ? model.terms.get(topic) : undefined;
  if (topicTerm) out.push(`Links on ${topicTerm.term}`);
  for (const s of engine.help().suggestions) out.push(s.question);
  return [...new Set(out)].slice(0, max);
}

function knowledgeBlocks(model: KnowledgeModel): CardBlock[] {
  const blocks: CardBlock[] = [];
  const entities = [...model.entities.values()];
  const grouped = new Set<string>();
  for (const group of KIND_GROUPS) {
    const members = entities.filter((e) => group.kinds.includes(e.kind));
    for (const e of members) grouped.add(e.id);
    if (members.length === 0) continue;
    const names = members.map((e) => named(e.name, e.acronyms)).sort();
    blocks.push(section(`*${group.title}*\n${listWithMore(names, " · ", 2800)}`));
  }
  const others = entities.filter((e) => !grouped.has(e.id)).map((e) => named(e.name, e.acronyms));
  if (others.length > 0)
    blocks.push(section(`*Other*\n${listWithMore(others.sort(), " · ", 2800)}`));
  const activities = [...model.activities.values()].map((a) => named(a.name, a.acronyms)).sort();
  if (activities.length > 0) {
    blocks.push(section(`*Activities*\n${listWithMore(activities, " · ", 2800)}`));
  }
  const topics = [...model.terms.values()]
    .map((t) => escapeMrkdwn(t.term === t.name ? t.name : `${t.term} (${t.name})`))
    .sort();
  if (topics.length > 0) blocks.push(section(`*Topics*\n${listWithMore(topics, " · ", 2800)}`));
  return blocks;
}

/** The Home tab view for `views.publish`. */
export function buildHomeView(engine: Engine): types.HomeView {
  const model = engine.model;
  const examples = exampleQuestions(engine).map((q) => `• ${escapeMrkdwn(q)}`);
  const blocks: CardBlock[] = [
    header("Focal Point: who leads what"),
    section(
      "I answer questions about who leads, chairs, coordinates or takes part in what, from a " +
        "knowledge base curated by the knowledge officers. Every answer names its source.",
    ),
    header("How to ask"),
    section(
      "• Type `/focalpoint` followed by your question in any channel: only you see the answer, " +
        "and *Share in channel* posts it for everyone.\n" +
        "• Mention me in a channel I'm in: I answer in the thread.\n" +
        "• Or write to me here in the *Messages* tab.\n" +
        "Short questions work best; typos and French are fine.",
    ),
  ];
  if (examples.length > 0) {
    blocks.push(header("Example questions"), section(examples.join("\n")));
  }
  blocks.push({ type: "divider" }, header("What I know"), ...knowledgeBlocks(model));
  const counts = `${model.entities.size} entities, ${model.activities.size} activities, ${model.terms.size} topics`;
  blocks.push({
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: `Knowledge version ${escapeMrkdwn(model.version)} · ${counts} · loaded ${model.loadedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
      },
    ],
  });
  return { type: "home", blocks: blocks.slice(0, MAX_HOME_BLOCKS) };
}
