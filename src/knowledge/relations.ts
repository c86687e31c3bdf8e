// Reverse relations, computed once at load so the answer engine can say "DPO leads X, chairs Y,
// is a member of Z" without scanning every record per question. Besides the named maps the
// engine already reads, every stored relation goes into one registry, askable in both directions.
import { frozenMap } from "./freeze.js";
import type {
  Activity,
  HeldRole,
  KnowledgeRecord,
  Membership,
  RelationEdge,
  RelationIndex,
  Relations,
  RoleDef,
} from "./model.js";
import { RelationRegistryBuilder } from "./relation-registry.js";
import { due, type Steps } from "./steps.js";

class MultiMap<V> {
  readonly map = new Map<string, V[]>();
  add(key: string | undefined, value: V): void {
    if (key === undefined) return;
    const list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, [value]);
  }
}

function* sortedIds(m: MultiMap<string>): Steps<ReadonlyMap<string, readonly string[]>> {
  for (const [k, list] of m.map) {
    // Most lists hold one id: no set, copy and sort to make (and collect) for those.
    m.map.set(k, Object.freeze(list.length === 1 ? list : [...new Set(list)].sort()) as string[]);
    if (due()) yield;
  }
  return frozenMap(m.map);
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function* sortedMemberships(
  m: MultiMap<Membership>,
): Steps<ReadonlyMap<string, readonly Membership[]>> {
  for (const [k, list] of m.map) {
    m.map.set(k, Object.freeze(list.sort(byId)) as Membership[]);
    if (due()) yield;
  }
  return frozenMap(m.map);
}

/** Structural relations (not roles); role relations are named by their role id. */
export const RELATION_IDS = {
  /** any membership, whatever the role: member → group */
  memberOf: "member-of",
  /** child → parent (`part_of`) */
  partOf: "part-of",
  /** person → entity (`affiliation`) */
  affiliation: "affiliation",
  /** record → term (`topics`) */
  topic: "topic",
  /** record → record (`related`) */
  related: "related",
  /** resource → record (`about`) */
  about: "about",
  /** example → entity, activity or person (`who`) */
  involves: "involves",
} as const;

/** The relations of a model's records, yielding between records (see steps.ts). */
export function* relationSteps(
  records: readonly KnowledgeRecord[],
  roles: ReadonlyMap<string, RoleDef>,
): Steps<Relations> {
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
  const held = new MultiMap<HeldRole>();
  const registry = new RelationRegistryBuilder(roles);

  const hold = (
    holder: string | undefined,
    group: string,
    role: string,
    via: string,
    dates: Partial<RelationEdge> = {},
  ) => {
    if (holder === undefined) return;
    held.add(holder, { group, role, via, ...dates });
    registry.add(role, { subject: holder, object: group, via, ...dates });
  };

  const activity = (a: Activity) => {
    leads.add(a.lead, a.id);
    hold(a.lead, a.id, "lead", a.id);
    for (const p of a.partners ?? []) {
      partnerIn.add(p, a.id);
      hold(p, a.id, "partner", a.id);
    }
    for (const c of a.contributors ?? []) {
      contributesTo.add(c, a.id);
      hold(c, a.id, "contributor", a.id);
    }
    activitiesUnder.add(a.part_of, a.id);
  };

  for (const r of records) {
    switch (r.type) {
      case "entity":
      case "activity":
        if (r.type === "activity") activity(r);
        parts.add(r.part_of, r.id);
        if (r.part_of)
          registry.add(RELATION_IDS.partOf, { subject: r.id, object: r.part_of, via: r.id });
        for (const o of r.owns ?? []) hold(r.id, o, "owner", r.id);
        for (const s of r.stakeholders ?? []) hold(s, r.id, "stakeholder", r.id);
        break;
      case "membership":
        memberOf.add(r.member, r);
        members.add(r.group, r);
        registry.add(RELATION_IDS.memberOf, {
          subject: r.member,
          object: r.group,
          via: r.id,
          ...dates(r),
        });
        for (const h of r.roles) {
          if (h.role === "chair") chairs.add(r.member, r.group);
          hold(r.member, r.group, h.role, r.id, { ...dates(r), ...dates(h) });
        }
        break;
      case "person":
        if (r.affiliation) {
          registry.add(RELATION_IDS.affiliation, {
            subject: r.id,
            object: r.affiliation,
            via: r.id,
          });
        }
        break;
      case "resource":
        for (const t of r.topics ?? []) resourcesByTopic.add(t, r.id);
        for (const a of r.about ?? []) {
          resourcesAbout.add(a, r.id);
          registry.add(RELATION_IDS.about, { subject: r.id, object: a, via: r.id });
        }
        break;
      case "example":
        for (const w of r.who) {
          examplesFor.add(w, r.id);
          registry.add(RELATION_IDS.involves, { subject: r.id, object: w, via: r.id });
        }
        for (const w of r.related ?? []) examplesFor.add(w, r.id);
        break;
      default:
        break;
    }
    if ("topics" in r)
      for (const t of r.topics ?? []) {
        taggedWith.add(t, r.id);
        registry.add(RELATION_IDS.topic, { subject: r.id, object: t, via: r.id });
      }
    if ("related" in r)
      for (const x of r.related ?? []) {
        relatedFrom.add(x, r.id);
        registry.add(RELATION_IDS.related, { subject: r.id, object: x, via: r.id });
      }
    if (due()) yield;
  }

  const built = yield* registry.build();
  return Object.freeze({
    leads: yield* sortedIds(leads),
    partnerIn: yield* sortedIds(partnerIn),
    contributesTo: yield* sortedIds(contributesTo),
    memberOf: yield* sortedMemberships(memberOf),
    members: yield* sortedMemberships(members),
    chairs: yield* sortedIds(chairs),
    parts: yield* sortedIds(parts),
    activitiesUnder: yield* sortedIds(activitiesUnder),
    resourcesByTopic: yield* sortedIds(resourcesByTopic),
    resourcesAbout: yield* sortedIds(resourcesAbout),
    examplesFor: yield* sortedIds(examplesFor),
    taggedWith: yield* sortedIds(taggedWith),
    relatedFrom: yield* sortedIds(relatedFrom),
    registry: built,
    rolesHeld: yield* sortedHeld(held),
    holders: yield* holdersByRole(built, roles),
  });
}

function dates(x: { since?: string; until?: string }): Partial<RelationEdge> {
  return {
    ...(x.since !== undefined ? { since: x.since } : {}),
    ...(x.until !== undefined ? { until: x.until } : {}),
  };
}

function* sortedHeld(m: MultiMap<HeldRole>): Steps<ReadonlyMap<string, readonly HeldRole[]>> {
  for (const [k, list] of m.map) {
    if (due()) yield;
    if (list.length === 1) {
      m.map.set(k, Object.freeze([Object.freeze(list[0] as HeldRole)]) as HeldRole[]);
      continue;
    }
    const seen = new Set<string>();
    const out = list
      .filter((h) => {
        const key = `${h.group}\0${h.role}\0${h.via}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) =>
        a.group < b.group
          ? -1
          : a.group > b.group
            ? 1
            : a.role < b.role
              ? -1
              : a.role > b.role
                ? 1
                : 0,
      )
      .map((h) => Object.freeze(h));
    m.map.set(k, Object.freeze(out) as HeldRole[]);
  }
  return frozenMap(m.map);
}

/** group → role → holders, read off the role relations of the registry. */
function* holdersByRole(
  registry: ReadonlyMap<string, RelationIndex>,
  roles: ReadonlyMap<string, RoleDef>,
): Steps<ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>> {
  const out = new Map<string, Map<string, readonly string[]>>();
  for (const [id, rel] of registry) {
    if (!roles.has(id)) continue;
    for (const [group, subjects] of rel.reverse) {
      let byRole = out.get(group);
      if (!byRole) {
        byRole = new Map();
        out.set(group, byRole);
      }
      byRole.set(id, subjects);
      if (due()) yield;
    }
  }
  const frozen = new Map<string, ReadonlyMap<string, readonly string[]>>();
  for (const [g, m] of out) {
    frozen.set(g, frozenMap(m));
    if (due()) yield;
  }
  return frozenMap(frozen);
}
