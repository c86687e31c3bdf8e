// Turning YAML nodes into `file:line:col` positions. Positions are computed lazily, only for
// records that have a problem (plus each record's origin), so a clean 100,000-record load stays cheap.

import type { Document } from "yaml";
import { isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { ProblemCode } from "./codes.js";
import type { KnowledgeProblem, Origin } from "./model.js";

export type PathSegment = string | number;

/** Maps byte offsets of one file to 1-based line and column. */
export class FilePositions {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  at(offset: number): Origin {
    const { line, col } = this.lines.linePos(Math.max(0, offset));
    return { file: this.file, line, col };
  }

  problem(offset: number, code: ProblemCode, message: string): KnowledgeProblem {
    return { ...this.at(offset), code, message };
  }
}

export interface Found {
  /** The node at the path, if it exists. */
  node: Node | null;
  /** The key node, when the last step was a mapping key. */
  key: Node | null;
  /** The deepest node that does exist on the way (for "missing field" problems). */
  deepest: Node;
}

/** Walks a path of mapping keys and list indexes from `start`, following aliases. */
export function findNode(doc: Document, start: Node, path: readonly PathSegment[]): Found {
  let current: Node = start;
  let key: Node | null = null;
  for (const seg of path) {
    const here = resolveAlias(doc, current);
    key = null;
    let next: Node | null = null;
    if (isMap(here)) {
      for (const pair of here.items) {
        if (isPair(pair) && keyText(pair.key) === String(seg)) {
          key = (pair.key as Node | null) ?? null;
          next = (pair.value as Node | null) ?? null;
          if (!next) return { node: null, key, deepest: key ?? here };
          break;
        }
      }
    } else if (isSeq(here) && typeof seg === "number") {
      next = (here.items[seg] as Node | undefined) ?? null;
    }
    if (!next) return { node: null, key, deepest: here };
    current = next;
  }
  return { node: current, key, deepest: current };
}

function resolveAlias(doc: Document, node: Node): Node {
  if (!isAlias(node)) return node;
  try {
    return (node.resolve(doc) as Node | undefined) ?? node;
  } catch {
    return node;
  }
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

/** Start offset of a node; falls back to 0 for nodes built without a range. */
export function startOf(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

/**
 * Where to point for a value at `path`: the value itself, or its key when the value is empty
 * (`name:` with nothing after it), or the nearest existing parent when it is missing.
 */
export function valueOffset(found: Found): number {
  const { node, key, deepest } = found;
  if (node && !(isScalar(node) && node.value === null && key)) return startOf(node);
  if (key) return startOf(key);
  return startOf(deepest);
}
