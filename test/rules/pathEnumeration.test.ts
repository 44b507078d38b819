import type { Answers } from '../../rules/answers';
import { outcomeKinds, outcomeReasons } from '../../rules/outcome';
import { choiceSets } from '../../rules/questions/choices';
import { knownSectorCodes } from '../../rules/sectorCodes';
import { Branches, enumeratePaths, Leaf } from './helpers/enumeratePaths';
import { leafProblems } from './helpers/leafProblems';
import { defaultAnswer } from './helpers/scenario';

const services = choiceSets.services;
/** Every non-empty subset of the services, in the question's order. */
const serviceSubsets = Array.from({ length: 2 ** services.length - 1 }, (_, mask) =>
  services.filter((_service, bit) => ((mask + 1) >> bit) & 1),
);

/** Each cabinet count with one editor, or two editors taking the cabinets in turn. */
function editorLayouts(count: number): Answers[] {
  const layout = (editorOf: (index: number) => string): Answers =>
    Object.fromEntries(
      Array.from({ length: count }, (_, offset) => [`cabinet[${offset + 1}].editorName`, editorOf(offset + 1)]),
    );
  return [layout(() => 'Xplore'), layout((index) => (index % 2 === 1 ? 'Xplore' : 'Telemis'))];
}

const one = (key: string, values: readonly (string | number | string[])[]): Answers[] =>
  values.map((value) => ({ [key]: value }));

/**
 * A later radiologist's cabinets when the first one's named several editors: all with the first editor,
 * or the first with a new editor (its solution and, with editor delegation, its admins are then asked).
 */
function laterEditorLayouts(prefix: string, count: number): Answers[] {
  const layout = (editorOf: (index: number) => string): Answers =>
    Object.fromEntries(
      Array.from({ length: count }, (_, offset) => [
        `${prefix}cabinet[${offset + 1}].editorName`,
        editorOf(offset + 1),
      ]),
    );
  return [layout(() => 'Xplore'), layout((index) => (index === 1 ? 'Softway' : 'Telemis'))];
}

/**
 * Where the branches orthogonal to the services and to how the case was reached are explored (several
 * radiologists, the 3.2 box changed): the DMP alone, from a GIE, SA07, SA08, SA09 or an unknown code (SA04,
 * SA43 and SA51 reach the same cabinet paths as «unknown»), so that the enumeration stays seconds long.
 */
const exploresEverySigner = (answers: Answers): boolean =>
  String(answers['services']) === 'dmp' &&
  (answers['risController'] === 'gie' || ['SA07', 'SA08', 'SA09', 'unknown'].includes(String(answers['sectorCode'])));

/**
 * The choices explored: every id of every choice, the services subsets, 1/2/5 cabinets with 1 or 2 editors;
 * a group of up to three radiologists (the second in 1 or 5 cabinets, the third in 2), sharing or adding an editor.
 */
const branches: Branches = (question, answers) => {
  const input = question.input;
  if (question.key === 'cabinetCount') return one('cabinetCount', [1, 2, 5]);
  if (question.key === 'cabinet[1].editorName') return editorLayouts(Number(answers['cabinetCount']));
  const more = /^moreRadiologists\[(\d+)\]$/.exec(question.key);
  if (more) return Number(more[1]) < 3 && exploresEverySigner(answers) ? one(question.key, ['yes', 'no']) : undefined;
  if (question.key === 'radiologist[2].cabinetCount') return one(question.key, [1, 5]);
  if (question.key === 'radiologist[3].cabinetCount') return one(question.key, [2]);
  const later = /^(radiologist\[\d+\]\.)cabinet\[1\]\.editorName$/.exec(question.key);
  if (later?.[1]) return laterEditorLayouts(later[1], Number(answers[`${later[1]}cabinetCount`]));
  if (input.type === 'multiChoice') return one(question.key, serviceSubsets);
  if (input.type === 'choice' && question.slot.endsWith('moreAdmins')) return undefined;
  if (input.type === 'choice') return one(question.key, input.choices);
  return undefined;
};

/** The same leaf with each inferred answer (the 3.2 box) changed to every other choice, as the summary allows. */
function changedInferences(leaf: Leaf): Leaf[] {
  if (!exploresEverySigner(leaf.answers)) return [];
  return leaf.path
    .filter((question) => question.inferred !== undefined && !(question.key in leaf.answers))
    .flatMap((question) => {
      const input = question.input;
      const choices = input.type === 'choice' ? input.choices.filter((choice) => choice !== question.inferred) : [];
      return choices.map((choice) => ({ ...leaf, answers: { ...leaf.answers, [question.key]: choice } }));
    });
}

/** Where the path starts: who controls the RIS and, for a liberal radiologist, every sector code and «unknown». */
const starts: [string, Answers][] = [
  ['establishment', { risController: 'establishment' }],
  ['gie', { risController: 'gie' }],
  ...[...knownSectorCodes, 'unknown'].map((code): [string, Answers] => [
    `liberal, ${code}`,
    { risController: 'liberal', sectorCode: code },
  ]),
];

const reached = new Map<string, number>();
const radiologists = new Set<number>();
const boxes: string[] = [];

function radiologistsOf(leaf: Leaf): number {
  let count = 1;
  while (leaf.answers[`moreRadiologists[${count}]`] === 'yes') count += 1;
  return count;
}

describe('every path of the guided flow', () => {
  it.each(starts)('from %s: every leaf ends, every form413 leaf gives a valid plan', (_start, start) => {
    const leaves: Leaf[] = enumeratePaths(start, branches, defaultAnswer);
    expect(leaves.length).toBeGreaterThan(0);
    const changed = leaves.flatMap(changedInferences);
    const problems = [...leaves, ...changed].flatMap(leafProblems);
    expect(problems.slice(0, 10)).toEqual([]);
    for (const leaf of leaves) {
      const outcome = `${leaf.end.kind}/${'reason' in leaf.end ? leaf.end.reason : 'form413Needed'}`;
      reached.set(outcome, (reached.get(outcome) ?? 0) + 1);
      radiologists.add(radiologistsOf(leaf));
    }
    boxes.push(
      ...changed.map((leaf) =>
        leaf.path
          .filter((question) => question.inferred !== undefined)
          .map((question) => leaf.answers[question.key])
          .join(),
      ),
    );
  });

  it('explores groups of one, two and three radiologists, and every 3.2 box changed in the summary', () => {
    expect([...radiologists].sort()).toEqual([1, 2, 3]);
    expect(new Set(boxes.flatMap((each) => each.split(',')).filter(Boolean))).toEqual(
      new Set(choiceSets.representantQualite),
    );
  });

  // Runs after the table above (jest keeps declaration order within a file).
  it('reaches every outcome kind and every reason', () => {
    const outcomes = [...reached.keys()];
    expect(new Set(outcomes.map((outcome) => outcome.split('/')[0]))).toEqual(new Set(outcomeKinds));
    expect(new Set(outcomes.map((outcome) => outcome.split('/')[1]))).toEqual(new Set(outcomeReasons));
  });
});
