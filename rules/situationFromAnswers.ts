import { Answers, answerText, isYes } from './answers';
import { choiceSets, StructureType } from './questions/choices';
import { cabinetCount, cabinetEditor, cabinetSlot, editorKey, editorsOfCabinets } from './questions/editors';
import type { FlowEnd } from './questions/flow';
import { adminAnswer, adminFields } from './questions/peopleQuestions';
import { cabinetGroups } from './plan/cabinetGroups';
import { adminsPerEditor, hasSeveralEditors, servicesToCertify } from './questions/predicates';
import { relevantAnswers, walk } from './questions/walk';
import { Situation, situationSchema, TechnicalAdmin } from './situation';
import { representantQualiteSchema } from './form413Fields';

const yesNoOf = (answers: Answers, key: string): boolean | undefined => (key in answers ? isYes(answers, key) : undefined);

function structureTypeOf(answers: Answers, end: FlowEnd | undefined): StructureType {
  if (end?.kind === 'establishment' || 'hospitalRisCertified' in answers) return 'establishment';
  if (answerText(answers, 'risController') === 'gie') return 'gie';
  const code = answerText(answers, 'sectorCode');
  if (code === 'SA07' || code === 'SA08') return 'cabinet';
  if (code === 'SA09') return 'societe';
  const chosen = choiceSets.structureType.find((type) => type === answerText(answers, 'structureType'));
  return chosen ?? 'cabinet';
}

function adminRowsOf(answers: Answers, prefix: string): TechnicalAdmin[] {
  const admins: TechnicalAdmin[] = [];
  for (let row = 1; `${prefix}admin[${row}].carte` in answers; row += 1) {
    const [carte, nom, prenom, telephone, email] = adminFields.map((field) => adminAnswer(answers, prefix, row, field));
    admins.push({ carte: carte ?? '', nom: nom ?? '', prenom: prenom ?? '', telephone: telephone ?? '', email: email ?? '' });
  }
  return admins;
}

/** The structured situation of a finished path, from the answers it used (stale branches are ignored). */
export function situationFromAnswers(allAnswers: Answers): { situation: Situation; end: FlowEnd | undefined } {
  const answers = relevantAnswers(allAnswers);
  const { end } = walk(answers);
  const structureType = structureTypeOf(answers, end);
  const editors = editorsOfCabinets(answers);
  const canonicalEditor = (name: string | undefined): string =>
    editors.find((editor) => editorKey(editor.name) === editorKey(name ?? ''))?.name ?? (name ?? '').trim();
  const cabinets = Array.from({ length: cabinetCount(answers) }, (_, offset) => offset + 1)
    .filter((index) => cabinetSlot(index, 'rppsRang') in answers)
    .map((index) => ({
      rppsRang: answerText(answers, cabinetSlot(index, 'rppsRang')) ?? '',
      denomination: answerText(answers, cabinetSlot(index, 'denomination')),
      editorName: canonicalEditor(cabinetEditor(answers, index)),
    }));
  const editorList = structureType === 'cabinet' ? editors.map((editor) => editor.name) : [answerText(answers, 'editorName') ?? ''];
  const editorSolutions = editorList
    .filter((name) => name !== '')
    .map((name, position) => ({
      name,
      solution: hasSeveralEditors(answers)
        ? (answerText(answers, `editor[${position + 1}].solutionName`) ?? '')
        : (answerText(answers, 'solutionName') ?? ''),
    }));
  const qualite = representantQualiteSchema.safeParse(answerText(answers, 'representant.qualite'));
  const representantComplete = 'representant.carte' in answers;
  const situation = situationSchema.parse({
    risController: answerText(answers, 'risController') ?? 'liberal',
    sectorCode: answerText(answers, 'sectorCode'),
    structureType,
    exemptions: {
      hospitalRisCertified: yesNoOf(answers, 'hospitalRisCertified'),
      sharedCertifiedRis: yesNoOf(answers, 'sharedCertifiedRis'),
      selCertifiedElsewhere: yesNoOf(answers, 'selCertifiedElsewhere'),
      pfiRelay: yesNoOf(answers, 'pfiRelay'),
    },
    services: servicesToCertify(answers),
    insiMode: answerText(answers, 'insiMode'),
    adminDelegation: answerText(answers, 'adminDelegation'),
    structure:
      structureType === 'gie' || structureType === 'societe'
        ? {
            denomination: answerText(answers, 'denomination') ?? '',
            finess: answerText(answers, 'finess'),
            siret: answerText(answers, 'siret'),
          }
        : undefined,
    cabinets,
    editors: editorSolutions,
    representant: representantComplete
      ? {
          qualite: qualite.success ? qualite.data : structureType === 'gie' ? 'responsableLegal' : 'titulaireCabinet',
          nom: answerText(answers, 'representant.nom') ?? '',
          prenoms: answerText(answers, 'representant.prenoms') ?? '',
          telephone: answerText(answers, 'representant.telephone') ?? '',
          email: answerText(answers, 'representant.email') ?? '',
          carte: answerText(answers, 'representant.carte') ?? '',
        }
      : undefined,
    adminGroups: adminsPerEditor(answers)
      ? cabinetGroups(answers).map((group) => ({
          editorName: group.editors[0],
          admins: adminRowsOf(answers, `editor[${group.editorPosition ?? 1}].`),
        })).filter((group) => group.admins.length > 0)
      : [{ admins: adminRowsOf(answers, '') }].filter((group) => group.admins.length > 0),
  });
  return { situation, end };
}
