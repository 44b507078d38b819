import type { Step, TranscriptCase } from '../transcript';
import { rppsRang } from './identifiers';
import { admin, adminFields, noAdminAfter, signatoryFields } from './people';
import { adminsSteps, cabinetToCount, confirmSteps, signatorySteps } from './paths';

const rangs = (count: number): string[] => Array.from({ length: count }, (_, index) => rppsRang(index + 1));

/** Each cabinet's editor, one question per cabinet, the last one leading to `next`. */
const sameEditorSteps = (count: number, next: string): Step[] =>
  Array.from({ length: count }, (_, index): Step => [
    'Xplore',
    index + 1 < count ? `cabinet[${index + 2}].editorName` : next,
  ]);

/** The RPPS-rang slots of one form, the unused ones empty. */
function rppsRangFields(values: string[]) {
  const [first = '', second = '', third = '', fourth = ''] = values;
  return {
    'structure.rppsRang1': first,
    'structure.rppsRang2': second,
    'structure.rppsRang3': third,
    'structure.rppsRang4': fourth,
  };
}

/** Two cabinets, two editors, editor delegation: each editor's admins (one at Xplore, two at Telemis), up to the summary. */
export const twoEditorsToSummary: Step[] = [
  ...cabinetToCount('éditeur'),
  ['2', 'cabinet[1].rppsRang'],
  [`${rppsRang(1)}, ${rppsRang(2)}`, 'cabinet[1].editorName'],
  ['Xplore', 'cabinet[2].editorName'],
  ['Telemis', 'cabinet[1].denomination'],
  ['Cabinet du Parc', 'cabinet[2].denomination'],
  ['Cabinet de la Gare', 'editor[1].solutionName', 'Xplore'],
  ['Xplore RIS', 'editor[2].solutionName', 'Telemis'],
  ['TM-RIS', 'representant.nom'],
  ...signatorySteps('editor[1].admin[1].carte'),
  ...adminsSteps(1, 'editor[2].admin[1].carte', 1, 'editor[1].'),
  ...adminsSteps(2, 'confirm', 2, 'editor[2].'),
];

/** One radiologist, several cabinets (guide §4, Cas 3): one RPPS-rang each, four per form, a form per editor. */
export const cabinetCases: TranscriptCase[] = [
  {
    name: 'two cabinets, two editors, editor delegation → a form per editor, admins asked per editor',
    steps: [...twoEditorsToSummary, ['oui', { outcome: 'form413' }, '2 formulaires']],
    outcome: { kind: 'form413', forms: 2 },
    plan: { caseNumber: 3 },
    forms: [
      {
        'structure.denomination': 'Cabinet du Parc',
        ...rppsRangFields([rppsRang(1)]),
        'representant.qualite': 'titulaireCabinet',
        ...signatoryFields,
        ...adminFields(1, admin(1, 1)),
        ...noAdminAfter(1),
        'usage.editeur': 'Xplore',
        'usage.solution': 'Xplore RIS',
      },
      {
        'structure.denomination': 'Cabinet de la Gare',
        ...rppsRangFields([rppsRang(2)]),
        ...signatoryFields,
        ...adminFields(1, admin(1, 2)),
        ...adminFields(2, admin(2, 2)),
        ...noAdminAfter(2),
        'usage.editeur': 'Telemis',
        'usage.solution': 'TM-RIS',
      },
    ],
  },
  {
    name: 'five cabinets, every RPPS-rang in one message → two forms (4 + 1)',
    steps: [
      ...cabinetToCount('structure'),
      ['cinq', 'cabinet[1].rppsRang'],
      [`${rangs(4).join(', ')} et ${rppsRang(5)}`, 'cabinet[1].editorName'],
      ...sameEditorSteps(5, 'solutionName'),
      ['Xplore RIS', 'representant.nom'],
      ...signatorySteps('admin[1].carte'),
      ...adminsSteps(1, 'confirm'),
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 2 },
    forms: [
      {
        'structure.denomination': '',
        ...rppsRangFields(rangs(4)),
        ...adminFields(1, admin(1)),
        'usage.editeur': 'Xplore',
      },
      {
        'structure.denomination': '',
        ...rppsRangFields([rppsRang(5)]),
        ...adminFields(1, admin(1)),
        'usage.editeur': 'Xplore',
      },
    ],
  },
  {
    name: 'nine cabinets, every RPPS-rang in one message (one per line) → three forms (4 + 4 + 1)',
    steps: [
      ...cabinetToCount('structure'),
      ['9 cabinets', 'cabinet[1].rppsRang'],
      [rangs(9).join('\n'), 'cabinet[1].editorName'],
      ...sameEditorSteps(9, 'solutionName'),
      ['Xplore RIS', 'representant.nom'],
      ...signatorySteps('admin[1].carte'),
      ...adminsSteps(1, 'confirm'),
      ['oui', { outcome: 'form413' }, '3 formulaires'],
    ],
    outcome: { kind: 'form413', forms: 3 },
    forms: [
      { ...rppsRangFields(rangs(9).slice(0, 4)), ...adminFields(1, admin(1)) },
      { ...rppsRangFields(rangs(9).slice(4, 8)), ...adminFields(1, admin(1)) },
      { ...rppsRangFields(rangs(9).slice(8)), ...adminFields(1, admin(1)) },
    ],
  },
  {
    name: 'two cabinets, RPPS-rang one at a time, one editor → one form, no denomination',
    steps: [
      ...cabinetToCount('éditeur'),
      ['deux', 'cabinet[1].rppsRang'],
      [rppsRang(1), 'cabinet[2].rppsRang'],
      [rppsRang(2), 'cabinet[1].editorName'],
      ...sameEditorSteps(2, 'solutionName'),
      ['Xplore RIS', 'representant.nom'],
      ...signatorySteps('admin[1].carte'),
      ...adminsSteps(1, 'confirm'),
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ 'structure.denomination': '', ...rppsRangFields(rangs(2)), 'usage.editeur': 'Xplore' }],
  },
  {
    name: 'the prompt at cabinet 2 invites the remaining RPPS-rang at once: a list there fills cabinets 2 and 3',
    steps: [
      ...cabinetToCount('structure'),
      ['3', 'cabinet[1].rppsRang'],
      [rppsRang(1), 'cabinet[2].rppsRang', "Vous pouvez donner tous les RPPS-rang d'un coup"],
      [`${rppsRang(2)}, ${rppsRang(3)}`, 'cabinet[1].editorName'],
    ],
  },
];
