// Synthetic knowledge bases for the benchmark: N entities with realistic names, acronyms, aliases,
// one-to-three-sentence descriptions, plus activities, terms and resources, written as YAML texts
// so they go through the same loader as the real knowledge. Deterministic (seeded).

export interface SyntheticKb {
  files: { path: string; text: string }[];
  /** Question → expected primary record id (null: the engine should refuse). */
  questions: { q: string; expect: string | null; style: string }[];
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = [
  "ka",
  "lo",
  "mi",
  "ra",
  "ven",
  "tor",
  "sal",
  "bri",
  "del",
  "nor",
  "qua",
  "zen",
  "fil",
  "mar",
  "tes",
  "gor",
  "lun",
  "pra",
  "vis",
  "cor",
];
const TOPICS = [
  "water",
  "health",
  "education",
  "justice",
  "migration",
  "housing",
  "energy",
  "trade",
  "climate",
  "nutrition",
  "elections",
  "policing",
  "gender",
  "demining",
  "youth",
  "labour",
  "transport",
  "fisheries",
  "forestry",
  "statistics",
];
const KINDS = ["Office", "Service", "Section", "Unit", "Programme", "Fund", "Team", "Network"];
const ADJ = [
  "Regional",
  "Global",
  "Joint",
  "Integrated",
  "Special",
  "Technical",
  "Strategic",
  "Field",
];
const VERBS = [
  "coordinates",
  "supports",
  "monitors",
  "advises on",
  "funds",
  "reviews",
  "promotes",
  "strengthens",
];

/** A pronounceable unique word for index i ("kalomi"). */
function word(i: number): string {
  let n = i + 400;
  let w = "";
  while (n > 0) {
    w += SYL[n % SYL.length];
    n = Math.floor(n / SYL.length);
  }
  return w;
}

function acronymOf(i: number): string {
  let n = i;
  let s = "";
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `X${s}Q`;
}

const cap = (s: string) => s[0]?.toUpperCase() + s.slice(1);
const q = (s: string) => JSON.stringify(s);

export function makeKb(nEntities: number, seed = 42): SyntheticKb {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const files: { path: string; text: string }[] = [];
  const nActivities = Math.max(3, Math.floor(nEntities / 3));
  const nTerms = TOPICS.length;
  files.push({
    path: "sources.yml",
    text: `sources:\n  - id: synth\n    title: Synthetic source\n    kind: note\n    summary: Generated for the benchmark.\n`,
  });
  let terms = "terms:\n";
  for (let t = 0; t < nTerms; t++) {
    const topic = TOPICS[t] as string;
    terms += `  - id: topic-${topic}\n    term: ${q(`${topic} work`)}\n    name: ${q(`${topic} work`)}\n    definition: ${q(`Work on ${topic} across the system, at country level and at headquarters.`)}\n    sources: [{source: synth}]\n`;
  }
  files.push({ path: "terms.yml", text: terms });
  const ents: { id: string; name: string; acr: string; topic: string }[] = [];
  const CHUNK = 2000;
  for (let start = 0; start < nEntities; start += CHUNK) {
    let text = "entities:\n";
    for (let i = start; i < Math.min(nEntities, start + CHUNK); i++) {
      const topic = pick(TOPICS);
      const name = `${pick(ADJ)} ${cap(topic)} ${pick(KINDS)} ${cap(word(i))}`;
      const acr = acronymOf(i);
      const id = `e${i}`;
      ents.push({ id, name, acr, topic });
      const other = ents[Math.floor(r() * ents.length)] as (typeof ents)[number];
      const sentences = [
        `The ${name} ${pick(VERBS)} ${topic} activities in ${cap(word(i + 7))} and neighbouring regions.`,
        `It works closely with ${other.acr} on ${pick(TOPICS)} and shares information among partners.`,
        `Its approach is needs driven and people centred, with a gender perspective.`,
      ].slice(0, 1 + Math.floor(r() * 3));
      text += `  - id: ${id}\n    name: ${q(name)}\n    acronyms: [${q(acr)}]\n    aliases: [${q(`${cap(word(i))} ${topic} office`)}]\n    kind: office\n    summary: ${q(`UN office for ${topic} work in ${cap(word(i + 7))}.`)}\n    roles: [${q(`${pick(VERBS)} ${topic} work`)}]\n    description: ${q(sentences.join(" "))}\n    topics: [topic-${topic}]\n    sources: [{source: synth}]\n`;
    }
    files.push({ path: `entities-${start}.yml`, text });
  }
  let acts = "activities:\n";
  const actList: { id: string; alias: string; lead: string; partners: string[] }[] = [];
  for (let a = 0; a < nActivities; a++) {
    const lead = ents[Math.floor(r() * ents.length)] as (typeof ents)[number];
    const p1 = ents[Math.floor(r() * ents.length)] as (typeof ents)[number];
    const p2 = ents[Math.floor(r() * ents.length)] as (typeof ents)[number];
    const partners = [...new Set([p1.id, p2.id])].filter((p) => p !== lead.id);
    const w = cap(word(a + 100000));
    const alias = `${w} ${lead.topic} assessment`;
    actList.push({ id: `a${a}`, alias, lead: lead.id, partners });
    acts += `  - id: a${a}\n    name: ${q(`Assessment of ${lead.topic} arrangements in ${w}`)}\n    aliases: [${q(alias)}]\n    kind: assessment\n    lead: ${lead.id}\n    partners: [${partners.join(", ")}]\n    since: 2021-03\n    summary: ${q(`Assessment of ${lead.topic} arrangements in ${w}, led by ${lead.acr}.`)}\n    purpose: ${q(`To strengthen ${lead.topic} work and its evidence base in ${w}.`)}\n    sources: [{source: synth}]\n`;
  }
  files.push({ path: "activities.yml", text: acts });
  let res = "resources:\n";
  for (let i = 0; i < Math.max(2, Math.floor(nEntities / 20)); i++) {
    const e = ents[i % ents.length] as (typeof ents)[number];
    res += `  - id: res${i}\n    title: ${q(`${e.acr} ${e.topic} page ${i}`)}\n    url: https://example.org/${e.id}/${i}\n    access: public\n    about: [${e.id}]\n    sources: [{source: synth}]\n`;
  }
  files.push({ path: "resources.yml", text: res });

  // A fixed mix of question styles, spread over the knowledge base.
  const questions: SyntheticKb["questions"] = [];
  const typo = (s: string) => (s.length > 5 ? s.slice(0, 2) + s[3] + s[2] + s.slice(4) : s);
  for (let k = 0; k < 12; k++) {
    const e = ents[Math.floor(r() * ents.length)] as (typeof ents)[number];
    const a = actList[Math.floor(r() * actList.length)] as (typeof actList)[number];
    const uniq = e.name.split(" ").pop() as string;
    switch (k % 6) {
      case 0:
        questions.push({ q: `what does ${e.acr} do?`, expect: e.id, style: "acronym" });
        break;
      case 1:
        questions.push({
          q: `what is the ${typo(uniq.toLowerCase())} ${e.topic} ofice`,
          expect: e.id,
          style: "typo",
        });
        break;
      case 2:
        questions.push({
          q: `who's in charge of the ${a.alias.toLowerCase()}??`,
          expect: a.id,
          style: "paraphrase",
        });
        break;
      case 3: {
        const p = a.partners[0] ?? a.lead;
        const pe = ents.find((x) => x.id === p) ?? e;
        const le = ents.find((x) => x.id === a.lead) ?? e;
        questions.push({
          q: `who works with ${le.acr} and ${pe.acr}?`,
          expect: le.id === pe.id ? le.id : a.id,
          style: "several",
        });
        break;
      }
      case 4:
        questions.push({
          q: `what's the budget of ${e.acr}?`,
          expect: null,
          style: "out-of-scope",
        });
        break;
      default:
        questions.push({
          q: "what does WHO do about malaria vaccines in Zorblatt?",
          expect: null,
          style: "out-of-scope",
        });
    }
  }
  return { files, questions };
}
