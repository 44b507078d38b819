interface QueuedTurn {
  id: string;
  delivered: boolean;
}

interface Line {
  turns: QueuedTurn[];
  tail: Promise<void>;
}

export interface PlaceInLine {
  /** Turns of the conversation that had not delivered their replies when this one joined (itself excluded). */
  undelivered: ReadonlySet<string>;
  /** Runs `work` once every turn ahead has finished. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** This turn's replies are out: a message arriving from now on may have seen them. */
  delivered: () => void;
}

/** One line per conversation in this process: its turns run one at a time, in the order they arrived. */
export function createConversationQueue() {
  const lines = new Map<string, Line>();
  return {
    join(key: string, id: string): PlaceInLine {
      const line = lines.get(key) ?? { turns: [], tail: Promise.resolve() };
      lines.set(key, line);
      const undelivered = new Set(line.turns.filter((turn) => !turn.delivered).map((turn) => turn.id));
      const turn: QueuedTurn = { id, delivered: false };
      line.turns.push(turn);
      const ahead = line.tail;
      let finished: () => void = () => undefined;
      line.tail = new Promise<void>((resolve) => (finished = resolve));
      return {
        undelivered,
        async run(work) {
          await ahead;
          try {
            return await work();
          } finally {
            turn.delivered = true;
            line.turns.splice(line.turns.indexOf(turn), 1);
            if (line.turns.length === 0) lines.delete(key);
            finished();
          }
        },
        delivered() {
          turn.delivered = true;
        },
      };
    },
    /** Conversations with a turn running or waiting (for tests and shutdown). */
    get size() {
      return lines.size;
    },
  };
}
