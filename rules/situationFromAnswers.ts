import { Answers, answerText, isYes } from './answers';
import type { StructureType } from './questions/choices';
import { allCabinets, cabinetEditor, cabinetSlot, editorKey, editorsOfCabinets } from './questions/editors';
import { FlowEnd, structureTypeOf } from './questions/flow';
import { adminAnswer, adminFields, impliedQualite } from './questions/peopleQuestions';
import { cabinetGroups } from './plan/cabinetGroups';
import { adminsPerEditor, hasSeveralEditors, servicesToCertify } from './questions/predicates';
import { radiologistCount, radiologistPrefix } from './questions/radiologists';
import { relevantAnswers, walk } from './questions/walk';
import { Representant, Situation, situationSchema, TechnicalAdmin } from './situation';
import { representantQualiteSchema } from './form413Fields';

const yesNoOf = (answers: Answers, key: string): boolean | undefined =>
  key in answers ? isYes(answers, key) : undefined;

/** The structure type as the path decides it; a sector outside the guide ends the path before any, where a cabinet stands in. */
function structureOf(answers: Answers): StructureType {
  const structure = structureTypeOf(answers);
  return structure === 'notCovered' ? 'cabinet' : structure;
}

function adminRowsOf(answers: Answers, prefix: string): TechnicalAdmin[] {
  const admins: TechnicalAdmin[] = [];
  for (let row = 1; `${prefix}admin[${row}].carte` in answers; row += 1) {
    const [carte, nom, prenom, telephone, email] = adminFields.map((field) => adminAnswer(answers, prefix, row, field));
    admins.push({
      carte: carte ?? '',
      nom: nom ?? '',
      prenom: prenom ?? '',
      telephone: telephone ?? '',
      email: email ?? '',
    });
  }
  return admins;
}

/** One signatory of section 3.2 once his card is given: the box he chose, or the one the case implies. */
function representantOf(answers: Answers, structureType: StructureType, radiologist: number): Representant | undefined {
  const prefix = `${radiologistPrefix(radiologist)}representant.`;
  if (!(`${prefix}carte` in answers)) return undefined;
  const chosen = representantQualiteSchema.safeParse(answerText(answers, `${prefix}qualite`));
  const text = (field: string) => answerText(answers, `${prefix}${field}`) ?? '';
  return {
    qualite: chosen.success ? chosen.data : impliedQualite(structureType),
    nom: text('nom'),
    prenoms: text('prenoms'),
    telephone: text('telephone'),
    email: text('email'),
    carte: text('carte'),
  };
}

/** The structured situation of a finished path, from the answers it used (stale branches are ignored). */
export function situationFromAnswers(allAnswers: Answers): { situation: Situation; end: FlowEnd | undefined } {
  const answers = relevantAnswers(allAnswers);
  const { end } = walk(answers);
  const structureType = structureOf(answers);
  const editors = editorsOfCabinets(answers);
  const canonicalEditor = (name: string | undefined): string =>
    editors.find((editor) => editorKey(editor.name) === editorKey(name ?? ''))?.name ?? (name ?? '').trim();
  const cabinets = allCabinets(answers)
    .filter(({ index, radiologist }) => cabinetSlot(index, 'rppsRang', radiologist) in answers)
    .map(({ index, radiologist }) => ({
      rppsRang: answerText(answers, cabinetSlot(index, 'rppsRang', radiologist)) ?? '',
      denomination: answerText(answers, cabinetSlot(index, 'denomination', radiologist)),
      editorName: canonicalEditor(cabinetEditor(answers, index, radiologist)),
      radiologist,
    }));
  const signatories = structureType === 'cabinet' ? radiologistCount(answers) : 1;
  const representants = Array.from({ length: signatories }, (_, offset) =>
    representantOf(answers, structureType, offset + 1),
  ).filter((representant): representant is Representant => representant !== undefined);
  const editorList =
    structureType === 'cabinet' ? editors.map((editor) => editor.name) : [answerText(answers, 'editorName') ?? ''];
  const editorSolutions = editorList
    .filter((name) => name !== '')
    .map((name, position) => ({
      name,
      solution: hasSeveralEditors(answers)
        ? (answerText(answers, `editor[${position + 1}].solutionName`) ?? '')
        : (answerText(answers, 'solutionName') ?? ''),
    }));
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
    representants,
    adminGroups: adminsPerEditor(answers)
      ? cabinetGroups(answers)
          .map((group) => ({
            editorName: group.editors[0],
            admins: adminRowsOf(answers, `editor[${group.editorPosition ?? 1}].`),
          }))
          .filter((group) => group.admins.length > 0)
      : [{ admins: adminRowsOf(answers, '') }].filter((group) => group.admins.length > 0),
  });
  return { situation, end };
}
