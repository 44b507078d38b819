/** Choice ids of the public slots (shared/contracts/conversation.md). */
export const choiceSets = {
  risController: ['establishment', 'liberal', 'gie'],
  structureType: ['establishment', 'gie', 'societe', 'cabinet'],
  yesNo: ['yes', 'no'],
  services: ['dmp', 'insi', 'mssante', 'psc'],
  insiMode: ['auto', 'manu', 'both'],
  adminDelegation: ['editor', 'structure'],
  representantQualite: ['responsableLegal', 'mandataire', 'titulaireCabinet'],
  sectorCodeUnknown: ['unknown'],
  directoryLookup: ['lookup'],
  directoryManual: ['manual'],
} as const;

export type ChoiceSetName = keyof typeof choiceSets;
export type StructureType = (typeof choiceSets.structureType)[number];
export type Service = (typeof choiceSets.services)[number];
