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
    Object.fromEntries(Array.from({ length: count }, (_, offset) => [`cabinet[${offset + 1}].editorName`, editorOf(offset + 1)]));
  return [layout(() => 'Xplore'), layout((index) => (index % 2 === 1 ? 'Xplore' : 'Telemis'))];
}

const one = (key: string, values: readonly (string | number | string[])[]): Answers[] => values.map((value) => ({ [key]: value }));

/** The choices explored: every id of every choice, the services subsets, 1/2/5 cabinets with 1 or 2 editors. */
const branches: Branches = (question, answers) => {
  const input = question.input;
  if (question.key === 'cabinetCount') return one('cabinetCount', [1, 2, 5]);
  if (question.key === 'cabinet[1].editorName') return editorLayouts(Number(answers['cabinetCount']));
  if (input.type === 'multiChoice') return one(question.key, serviceSubsets);
  if (input.type === 'choice' && question.slot.endsWith('moreAdmins')) return undefined;
  if (input.type === 'choice') return one(question.key, input.choices);
  return undefined;
};

/** Where the path starts: who controls the RIS and, for a liberal radiologist, every sector code and «unknown». */
const starts: [string, Answers][] = [
  ['establishment', { risController: 'establishment' }],
  ['gie', { risController: 'gie' }],
  ...[...knownSectorCodes, 'unknown'].map((code): [string, Answers] => [`liberal, ${code}`, { risController: 'liberal', sectorCode: code }]),
];

const reached = new Map<string, number>();

describe('every path of the guided flow', () => {
  it.each(starts)('from %s: every leaf ends, every form413 leaf gives a valid plan', (_start, start) => {
    const leaves: Leaf[] = enumeratePaths(start, branches, defaultAnswer);
    expect(leaves.length).toBeGreaterThan(0);
    const problems = leaves.flatMap(leafProblems);
    expect(problems.slice(0, 10)).toEqual([]);
    for (const leaf of leaves) {
      const outcome = `${leaf.end.kind}/${'reason' in leaf.end ? leaf.end.reason : 'form413Needed'}`;
      reached.set(outcome, (reached.get(outcome) ?? 0) + 1);
    }
  });

  // Runs after the table above (jest keeps declaration order within a file).
  it('reaches every outcome kind and every reason', () => {
    const outcomes = [...reached.keys()];
    expect(new Set(outcomes.map((outcome) => outcome.split('/')[0]))).toEqual(new Set(outcomeKinds));
    expect(new Set(outcomes.map((outcome) => outcome.split('/')[1]))).toEqual(new Set(outcomeReasons));
  });
});
