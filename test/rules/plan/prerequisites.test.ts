import type { Answers } from '../../../rules/answers';
import { planFromAnswers } from '../../../rules/planFromAnswers';
import { answerAll } from '../helpers/answerAll';
import { caseChoices, scenario } from '../helpers/scenario';

const contratOnline = 'https://www.demarches-simplifiees.fr/commencer/contrat-d-adhesion-f101';
const contratPdf = 'https://esante.gouv.fr/sites/default/files/media_entity/documents/Contrat_adhesion.pdf';
const form101 = 'https://esante.gouv.fr/documents/101';
const form301 = 'https://esante.gouv.fr/documents/301';
const tops = 'https://tops.eservices.esante.gouv.fr/tops/pageAccueil/accueil.html';
const annuaire = 'https://annuaire.sante.fr';

const request = (structure: Answers, adminDelegation: string): Answers => ({
  ...structure,
  services: ['dmp'],
  pfiRelay: 'no',
  adminDelegation,
  cabinetCount: 1,
});

const contrat = (required: boolean) => ({
  id: 'contratAdhesion',
  required,
  urls: required ? [contratOnline, contratPdf] : [],
});
const card101 = { id: 'carteResponsableStructure', required: true, urls: [form101] };
const identifier = { id: 'structureIdentifier', required: true, urls: [annuaire] };
// Cas 1 of §3: «L'éditeur doit disposer d'un contrat avec l'ANS», its staff with CPA cards (form 301); Cas 2: the structure's own CPS/CPE (TOPS).
const editorContract = { id: 'editorContract', required: true, urls: [contratPdf] };
const editorCards = { id: 'editorCpaCards', required: true, urls: [form301] };
const structureCards = { id: 'structureCpsCpe', required: true, urls: [tops] };

/** Guide §3: the contrat d'adhésion and form 101 for a GIE only; the editor's contract and CPA/301 with delegation, CPS/CPE/TOPS without. */
describe('prerequisites', () => {
  it.each([
    [
      'GIE, editor delegation',
      caseChoices.gie,
      'editor',
      [contrat(true), card101, identifier, editorContract, editorCards],
    ],
    ['GIE, no delegation', caseChoices.gie, 'structure', [contrat(true), card101, identifier, structureCards]],
    [
      'SEL (SA09), editor delegation',
      caseChoices.societe,
      'editor',
      [contrat(false), identifier, editorContract, editorCards],
    ],
    ['SEL (SA09), no delegation', caseChoices.societe, 'structure', [contrat(false), identifier, structureCards]],
    [
      'cabinet (SA07), editor delegation',
      caseChoices.cabinet,
      'editor',
      [contrat(false), identifier, editorContract, editorCards],
    ],
    [
      'cabinet (SA08), no delegation',
      { ...caseChoices.cabinet, sectorCode: 'SA08' },
      'structure',
      [contrat(false), identifier, structureCards],
    ],
  ])('%s', (_case, structure, delegation, expected) => {
    const plan = planFromAnswers(answerAll(scenario(request(structure, delegation))).answers, '2026-03-02');
    expect(plan.prerequisites).toEqual(expected);
  });
});
