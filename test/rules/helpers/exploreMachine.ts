/** One move of a machine: from a node, on an input (with what it did), to a node. */
export interface Move<N, L> {
  from: N;
  label: L;
  to: N;
}

export interface MachineGraph<N, L> {
  /** Every node reached, by its JSON. */
  nodes: Map<string, N>;
  moves: Move<N, L>[];
}

/** A machine's nodes have no more than this many: beyond it the exploration is unbounded (a state grows). */
const maxNodes = 20_000;

export const keyOf = (node: unknown): string => JSON.stringify(node);

/**
 * Every node reachable from `starts`, each move from each node taken (breadth first, nodes told apart by
 * their JSON): what `pathEnumeration.test.ts` does for the questions, for a machine with a loop in it.
 */
export function explore<N, L>(starts: readonly N[], movesFrom: (node: N) => { label: L; to: N }[]): MachineGraph<N, L> {
  const nodes = new Map<string, N>();
  const moves: Move<N, L>[] = [];
  const queue = [...starts];
  for (const start of starts) nodes.set(keyOf(start), start);
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    const from = node;
    for (const { label, to } of movesFrom(from)) {
      moves.push({ from, label, to });
      if (nodes.has(keyOf(to))) continue;
      if (nodes.size >= maxNodes) throw new Error(`more than ${maxNodes} nodes: the machine's state grows without end`);
      nodes.set(keyOf(to), to);
      queue.push(to);
    }
  }
  return { nodes, moves };
}

/** The nodes from which some path reaches a node where `isTarget` holds (a backward search over the moves). */
export function nodesReaching<N, L>(graph: MachineGraph<N, L>, isTarget: (node: N) => boolean): Set<string> {
  const into = new Map<string, string[]>();
  for (const move of graph.moves) {
    const sources = into.get(keyOf(move.to));
    if (sources) sources.push(keyOf(move.from));
    else into.set(keyOf(move.to), [keyOf(move.from)]);
  }
  const reaching = new Set([...graph.nodes].filter(([, node]) => isTarget(node)).map(([key]) => key));
  const queue = [...reaching];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const from of into.get(key) ?? []) {
      if (reaching.has(from)) continue;
      reaching.add(from);
      queue.push(from);
    }
  }
  return reaching;
}
