// A small, made-up knowledge base for unit tests: another organisation's folder, to prove the
// engine holds no rules keyed to the shipped knowledge.
import { createEngine } from "../../src/answer/engine.js";
import type { Engine } from "../../src/answer/types.js";
import { loadKnowledgeFromTexts } from "../../src/knowledge/load.js";
import type { KnowledgeModel } from "../../src/knowledge/model.js";

export const FIXTURE_FILES = [
  {
    path: "fixture/sources.yml",
    text: `sources:
  - id: memo
    title: Water cluster memo
    kind: note
    summary: Internal memo on who does what in the water cluster.
`,
  },
  {
    path: "fixture/entities.yml",
    text: `entities:
  - id: wsd
    name: Water and Sanitation Department
    acronyms: [WSD]
    aliases: [Département de l'eau et de l'assainissement]
    kind: department
    former_names:
      - name: Water Supply Division
        acronyms: [WSDV]
        until: 2018-06
        sources: [{source: memo}]
    summary: Department responsible for water and sanitation programmes.
    roles:
      - leads the groundwater survey
      - chairs the Drought Response Network
    sources: [{source: memo}]
  - id: hydrolab
    name: Hydrology Laboratory
    acronyms: [HYLAB]
    kind: office
    part_of: wsd
    summary: Laboratory that tests water quality samples.
    roles: [tests water quality samples for the groundwater survey]
    sources: [{source: memo}]
  - id: rcf
    name: Rural Communities Fund
    acronyms: [RCF]
    kind: fund
    summary: Fund that finances wells in rural communities.
    roles: [partner in the groundwater survey]
    sources: [{source: memo}]
  - id: cso
    name: Civil Society Observatory
    acronyms: [CSO]
    kind: office
    summary: Observatory that monitors public services.
    roles: [partner in the groundwater survey]
    sources: [{source: memo}]
  - id: drought-network
    name: Drought Response Network
    acronyms: [DRN]
    kind: network
    summary: Network of agencies preparing for and responding to droughts.
    roles: [shares early-warning information on droughts]
    topics: [drought]
    sources: [{source: memo}]
`,
  },
  {
    path: "fixture/activities.yml",
    text: `activities:
  - id: groundwater-survey
    name: National Groundwater Survey
    aliases: [groundwater survey, aquifer mapping]
    kind: study
    lead: wsd
    partners: [rcf, cso]
    contributors: [hydrolab]
    since: 2021-04
    status: ongoing
    summary: Survey mapping the country's aquifers and their water quality.
    purpose: To know where wells can safely be drilled.
    outcome: It will lead to a national drilling plan.
    topics: [drought]
    sources: [{source: memo}]
`,
  },
  {
    path: "fixture/more.yml",
    text: `memberships:
  - id: wsd-chairs-drn
    member: wsd
    group: drought-network
    role: chair
    summary: Chairs the network and convenes its quarterly meetings.
    sources: [{source: memo}]
  - id: rcf-in-drn
    member: rcf
    group: drought-network
    role: member
    summary: Brings funding expertise.
    sources: [{source: memo}]
terms:
  - id: drought
    term: drought
    name: drought
    aliases: [sécheresse]
    definition: A long period with too little rain, threatening water supplies.
    sources: [{source: memo}]
  - id: wash
    term: WASH
    name: water, sanitation and hygiene
    definition: Water, sanitation and hygiene services.
    sources: [{source: memo}]
resources:
  - id: drought-dashboard
    title: Drought dashboard
    url: https://example.org/drought
    access: public
    topics: [drought]
    about: [drought-network]
    sources: [{source: memo}]
examples:
  - id: lakeside-wells
    title: Wells in Lakeside province
    place: Lakeside
    who: [rcf, wsd]
    what: The fund and the department drilled 40 wells in Lakeside province.
    focus: Safe water for schools.
    sources: [{source: memo}]
synonyms:
  - [survey, mapping, census]
`,
  },
];

export function fixtureModel(): KnowledgeModel {
  const res = loadKnowledgeFromTexts(FIXTURE_FILES);
  if (!res.ok)
    throw new Error(res.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n"));
  return res.model;
}

let cached: Engine | undefined;
export function fixtureEngine(): Engine {
  cached ??= createEngine(fixtureModel());
  return cached;
}
