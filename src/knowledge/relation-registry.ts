// One registry for every stored relation: relation id → subject → objects and the reverse, so
// the engine asks "who chairs X" (reverse of `chair`) and "what does P chair" (forward) the same way.
import { frozenMap } from "./freeze.js";
import type { RelationEdge, RelationIndex, RoleDef } from "./model.js";
import { due, type Steps } from "./steps.js";

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted and deduplicated, in place for the common list of one (no garbage to collect). */
function frozenIds(list: string[]): readonly string[] {
  return Object.freeze(list.length === 1 ? list : [...new Set(list)].sort(compare));
}

/** Sorted and frozen in place: the list is this builder's own. */
function frozenEdges(list: RelationEdge[]): readonly RelationEdge[] {
  if (list.length > 1) {
    list.sort(
      (a, b) =>
        compare(a.subject, b.subject) || compare(a.object, b.object) || compare(a.via, b.via),
    );
  }
  for (const e of list) Object.freeze(e);
  return Object.freeze(list);
}

export class RelationRegistryBuilder {
  private readonly edges = new Map<string, RelationEdge[]>();
  constructor(private readonly roles: ReadonlyMap<string, RoleDef>) {}

  add(relation: string, edge: RelationEdge): void {
    let list = this.edges.get(relation);
    if (!list) {
      list = [];
      this.edges.set(relation, list);
    }
    list.push(edge);
  }

  *build(): Steps<ReadonlyMap<string, RelationIndex>> {
    const out = new Map<string, RelationIndex>();
    for (const [id, edges] of [...this.edges].sort((a, b) => compare(a[0], b[0]))) {
      // The edge lists by subject and by object become, sorted and frozen in place, edgesFrom
      // and edgesTo: no second pair of maps as large as the relation.
      const edgesFrom = new Map<string, readonly RelationEdge[]>();
      const edgesTo = new Map<string, readonly RelationEdge[]>();
      for (const e of edges) {
        push(edgesFrom, e.subject, e);
        push(edgesTo, e.object, e);
        if (due()) yield;
      }
      const forward = new Map<string, readonly string[]>();
      const reverse = new Map<string, readonly string[]>();
      for (const [k, list] of edgesFrom as Map<string, RelationEdge[]>) {
        forward.set(k, frozenIds(list.map((e) => e.object)));
        edgesFrom.set(k, frozenEdges(list));
        if (due()) yield;
      }
      for (const [k, list] of edgesTo as Map<string, RelationEdge[]>) {
        reverse.set(k, frozenIds(list.map((e) => e.subject)));
        edgesTo.set(k, frozenEdges(list));
        if (due()) yield;
      }
      const role = this.roles.get(id);
      out.set(
        id,
        Object.freeze({
          id,
          ...(role ? { role } : {}),
          forward: frozenMap(forward),
          reverse: frozenMap(reverse),
          edgesFrom: frozenMap(edgesFrom),
          edgesTo: frozenMap(edgesTo),
        }),
      );
    }
    return frozenMap(out);
  }
}

function push(m: Map<string, readonly RelationEdge[]>, key: string, e: RelationEdge): void {
  const list = m.get(key) as RelationEdge[] | undefined;
  if (list) list.push(e);
  else m.set(key, [e]);
}
