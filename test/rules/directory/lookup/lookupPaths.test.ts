import type {
  LookupContext,
  LookupEffect,
  LookupInput,
  LookupNote,
  LookupSearch,
  LookupState,
} from '../../../../rules/directory/lookup/state';
import { transition } from '../../../../rules/directory/lookup/transition';
import type { PlaceOfPractice } from '../../../../rules/directory/place';
import { explore, keyOf, MachineGraph, nodesReaching } from '../../helpers/exploreMachine';
import { answersTo, choiceIds, contexts, queries, targets, texts } from './lookupFixtures';

/** The machine between two messages, or waiting for the annuaire's answer to a search it asked for. */
interface Node {
  state?: LookupState;
  awaiting?: LookupSearch;
}

interface Label {
  input: LookupInput;
  effects: LookupEffect[];
}

/** Every input from a node: the annuaire's answers to its search, or every message, or (ended) a new look-up. */
function inputsAt(node: Node): LookupInput[] {
  if (node.awaiting) {
    const search = node.awaiting;
    return answersTo(search).map((result) => ({ kind: 'found', search, result }));
  }
  if (!node.state)
    return targets.flatMap((target) =>
      queries.map((query): LookupInput => ({ kind: 'start', target, ...(query === undefined ? {} : { query }) })),
    );
  return [
    ...choiceIds.map((id): LookupInput => ({ kind: 'chosen', id })),
    ...(['dontKnow', 'askElsewhere', 'question'] as const).map((reason): LookupInput => ({ kind: 'unsure', reason })),
    ...texts.map((text): LookupInput => ({ kind: 'typed', text })),
  ];
}

function graphIn(context: LookupContext): MachineGraph<Node, Label> {
  return explore<Node, Label>([{}], (node) =>
    inputsAt(node).map((input) => {
      const step = transition(node.state, input, context);
      const search = step.effects.find((effect) => effect.kind === 'search');
      const to: Node = {
        ...(step.state ? { state: step.state } : {}),
        ...(search?.kind === 'search' ? { awaiting: search.search } : {}),
      };
      return { label: { input, effects: step.effects }, to };
    }),
  );
}

const notesOf = (effects: readonly LookupEffect[]): LookupNote[] =>
  effects.flatMap((effect) => (effect.kind === 'ask' || effect.kind === 'end' ? effect.notes : []));
const recorded = (effects: readonly LookupEffect[]): Record<string, string> =>
  Object.assign({}, ...effects.map((effect) => (effect.kind === 'record' ? effect.values : {})));
/** What a place could give: its raison sociale, identifiers and sector code. */
const valuesOf = (place: PlaceOfPractice): (string | undefined)[] => [
  place.denomination,
  place.finess,
  place.siret,
  place.rppsRang,
  place.sectorCode,
];

const graphs = contexts.map(([name, context]) => ({ name, context, graph: graphIn(context) }));

describe.each(graphs)('every path of the Annuaire Santé look-up, $name', ({ context, graph }) => {
  const nodes = [...graph.nodes.values()];

  it('ends from every node it reaches (the question comes back, filled or not)', () => {
    const ending = nodesReaching(graph, (node) => node.state === undefined && node.awaiting === undefined);
    expect(nodes.filter((node) => !ending.has(keyOf(node)))).toEqual([]);
  });

  it('loops only on purpose: a message that moves nothing gets the question again; the annuaire is asked once per message', () => {
    const silent = graph.moves.filter(
      ({ from, to, label }) =>
        from.state && keyOf(from) === keyOf(to) && !label.effects.some((effect) => effect.kind === 'ask'),
    );
    expect(silent).toEqual([]);
    const searchesAgain = graph.moves.filter(
      ({ label }) => label.input.kind === 'found' && label.effects.some((effect) => effect.kind === 'search'),
    );
    expect(searchesAgain).toEqual([]);
    for (const { label } of graph.moves)
      expect(
        label.effects.filter((effect) => effect.kind === 'ask' || effect.kind === 'end' || effect.kind === 'search'),
      ).toHaveLength(1);
  });

  it('never takes «je ne sais pas» or a question back for a name or a choice', () => {
    const unsure = graph.moves.filter(({ label }) => label.input.kind === 'unsure');
    expect(unsure.length).toBeGreaterThan(0);
    for (const { from, to, label } of unsure) {
      expect(to).toEqual(from);
      expect(label.effects).toEqual([
        {
          kind: 'ask',
          notes: [
            {
              kind: 'unsure',
              reason: label.input.kind === 'unsure' ? label.input.reason : '',
              phase: from.state?.phase,
            },
          ],
        },
      ]);
    }
  });

  it('records only what the user chose: the place picked (its own values, over no earlier answer) or the annuaire’s name', () => {
    for (const { from, label } of graph.moves) {
      const values = recorded(label.effects);
      if (!label.effects.some((effect) => effect.kind === 'record')) continue;
      const { input } = label;
      const state = from.state;
      if (input.kind !== 'chosen' || !state) throw new Error(`recorded on ${input.kind}`);
      if (state.phase === 'denomination') {
        expect([input.id, values]).toEqual(['directory', { [state.mismatch?.key ?? '']: state.mismatch?.directory }]);
        continue;
      }
      const place = state.places[Number(input.id) - 1];
      expect(place).toBeDefined();
      for (const [key, value] of Object.entries(values)) {
        expect(valuesOf(place ?? { denomination: '' })).toContain(value);
        expect(context.answers[key] === undefined || key === state.target.key).toBe(true);
      }
      const end = label.effects.find((effect) => effect.kind === 'end');
      if (end?.kind === 'end') expect(end.filled).toEqual(Object.keys(values));
    }
  });
});

describe('the look-up’s enumeration covers', () => {
  const moves = graphs.flatMap(({ graph }) => graph.moves);
  const states = graphs.flatMap(({ graph }) => [...graph.nodes.values()]);

  it('every question it asks', () => {
    expect(new Set(states.map((node) => node.state?.phase))).toEqual(
      new Set(['query', 'town', 'practitioner', 'place', 'denomination', undefined]),
    );
  });

  it('everything it tells the user, homonyms cut short or not', () => {
    const notes = moves.flatMap(({ label }) => notesOf(label.effects));
    const kinds = [
      'unsure',
      'invalidQuery',
      'notFound',
      'unavailable',
      'manualHelp',
      'homonyms',
      'townNotFound',
      'places',
      'noMatchingPlace',
      'conflict',
      'filled',
      'nothingFilled',
      'denominationNotUnderstood',
      'denominationKept',
    ];
    expect(new Set(notes.map((note) => note.kind))).toEqual(new Set(kinds));
    expect(new Set(notes.flatMap((note) => (note.kind === 'homonyms' ? [note.truncated] : [])))).toEqual(
      new Set([true, false]),
    );
  });
});
