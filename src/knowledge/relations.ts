// Reverse relations, computed once at load so the answer engine can say "DPO leads X, chairs Y,
// is a member of Z" without scanning every record per question.
import { frozenMap } from "./freeze.js";
import type { Activity, KnowledgeRecord, Membership, Relations } from "./model.js";

class MultiMap<V> {
  readonly map = new Map<string, V[]>();
  add(key: string | undefined, value: V): void {
    if (key === undefined) return;
    const list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, [value]);
  }
}

function sortedIds(m: MultiMap<string>): ReadonlyMap<string, readonly string[]> {
  for (const [k, list] of m.map) {
    m.map.set(k, Object.freeze([...new Set(list)].sort()) as string[]);
  }
  return frozenMap(m.map);
}

function sortedMemberships(m: MultiMap<Membership>): ReadonlyMap<string, readonly Membership[]> {
  for (const [k, list] of m.map) {
    m.map.set(
      k,
      Object.freeze(list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) as Membership[],
    );
  }
  return frozenMap(m.map);
}

export function buildRelations(records: readonly KnowledgeRecord[]): Relations {
  const leads = new MultiMap<string>();
  const partnerIn = new MultiMap<string>();
  const contributesTo = new MultiMap<string>();
  const memberOf = new MultiMap<Membership>();
  const members = new MultiMap<Membership>();
  const chairs = new MultiMap<string>();
  const parts = new MultiMap<string>();
  const activitiesUnder = new MultiMap<string>();
  const resourcesByTopic = new MultiMap<string>();
  const resourcesAbout = new MultiMap<string>();
  const examplesFor = new MultiMap<string>();
  const taggedWith = new MultiMap<string>();
  const relatedFrom = new MultiMap<string>();

  const activity = (a: Activity) => {
    leads.add(a.lead, a.id);
    for (const p of a.partners ?? []) partnerIn.add(p, a.id);
    for (const c of a.contributors ?? []) contributesTo.add(c, a.id);
    parts.add(a.part_of, a.id);
    activitiesUnder.add(a.part_of, a.id);
  };

  for (const r of records) {
    switch (r.type) {
      case "entity":
        parts.add(r.part_of, r.id);
        break;
      case "activity":
        activity(r);
        break;
      case "membership":
        memberOf.add(r.member, r);
        members.add(r.group, r);
        if (r.role === "chair") chairs.add(r.member, r.group);
        break;
      case "resource":
        for (const t of r.topics ?? []) resourcesByTopic.add(t, r.id);
        for (const a of r.about ?? []) resourcesAbout.add(a, r.id);
        break;
      case "example":
        for (const w of r.who) examplesFor.add(w, r.id);
        for (const w of r.related ?? []) examplesFor.add(w, r.id);
        break;
      default:
        break;
    }
    if ("topics" in r) for (const t of r.topics ?? []) taggedWith.add(t, r.id);
    if ("related" in r) for (const x of r.related ?? []) relatedFrom.add(x, r.id);
  }

  return Object.freeze({
    leads: sortedIds(leads),
    partnerIn: sortedIds(partnerIn),
    contributesTo: sortedIds(contributesTo),
    memberOf: sortedMemberships(memberOf),
    members: sortedMemberships(members),
    chairs: sortedIds(chairs),
    parts: sortedIds(parts),
    activitiesUnder: sortedIds(activitiesUnder),
    resourcesByTopic: sortedIds(resourcesByTopic),
    resourcesAbout: sortedIds(resourcesAbout),
    examplesFor: sortedIds(examplesFor),
    taggedWith: sortedIds(taggedWith),
    relatedFrom: sortedIds(relatedFrom),
  });
}
