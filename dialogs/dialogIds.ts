/** Every dialog id in one place. */
export const dialogIds = {
  main: 'assistant413.main',
  mainSteps: 'assistant413.main.steps',
  questionLoop: 'assistant413.questionLoop',
  summary: 'assistant413.summary',
  restartConfirm: 'assistant413.restartConfirm',
  followUp: 'assistant413.followUp',
  directoryLookup: 'assistant413.directoryLookup',
} as const;
