// One registry for every stored relation: relation id → subject → objects and the reverse, so
// the engine asks "who chairs X" (reverse of `chair`) and "what does P chair" (forward) the same way.
import { frozenMap } from "./freeze.js";
import type { RelationEdge, RelationIndex, RoleDef } from "./model.js";
import type { Steps } from "./steps.js";

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function frozenIds(list: readonly string[]): readonly string[] {
  return Object.freeze([...new Set(list)].sort(compare));
}

function frozenEdges(list: RelationEdge[]): readonly RelationEdge[] {
  return Object.freeze(
    list
      .sort(
        (a, b) =>
          compare(a.subject, b.subject) || compare(a.object, b.object) || compare(a.via, b.via),
      )
      .map((e) => Object.freeze(e)),
  );
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
      const from = new Map<string, RelationEdge[]>();
      const to = new Map<string, RelationEdge[]>();
      for (const e of edges) {
        push(from, e.subject, e);
        push(to, e.object, e);
        yield;
      }
      const forward = new Map<string, readonly string[]>();
      const reverse = new Map<string, readonly string[]>();
      const edgesFrom = new Map<string, readonly RelationEdge[]>();
      const edgesTo = new Map<string, readonly RelationEdge[]>();
      for (const [k, list] of from) {
        forward.set(k, frozenIds(list.map((e) => e.object)));
        edgesFrom.set(k, frozenEdges(list));
        yield;
      }
      for (const [k, list] of to) {
        reverse.set(k, frozenIds(list.map((e) => e.subject)));
        edgesTo.set(k, frozenEdges([...list]));
        yield;
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

function push(m: Map<string, RelationEdge[]>, key: string, e: RelationEdge): void {
  const list = m.get(key);
  if (list) list.push(e);
  else m.set(key, [e]);
}
