/**
 * The parts of botbuilder-dialogs this bot uses, from the package's own modules: its root module also loads
 * every prompt with the Microsoft Recognizers Text suites (date, number, choice…), which this bot never uses:
 * about 40 % of the package's load time at start-up and some 17 MB of heap. The package has no "exports" map
 * and is pinned (~4.23.3); test/dialogs/dialogsLib.test.ts checks these are the classes its root exports.
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogReason, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export type { DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
export { DialogContext } from 'botbuilder-dialogs/lib/dialogContext';
export type { DialogState } from 'botbuilder-dialogs/lib/dialogContext';
export { DialogContextError } from 'botbuilder-dialogs/lib/dialogContextError';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export type { DialogStateManagerConfiguration } from 'botbuilder-dialogs/lib/memory/dialogStateManager';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export { WaterfallStepContext } from 'botbuilder-dialogs/lib/waterfallStepContext';
