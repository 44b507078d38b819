import { ActivityTypes, InvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { languageOf, translatorFor } from '../../locales';
import { fileInfoContentType } from './fileConsentCard';
import { formatExpiry, TeamsDocumentStore, TeamsLogger, TeamsStoredDocument } from './teamsDocuments';
import { uploadToSession, UploadError, UploadOptions } from './uploadSession';
import { reply } from '../../dialogs/replies';

export interface FileConsentDependencies {
  documents: TeamsDocumentStore;
  logger?: TeamsLogger;
  upload?: UploadOptions;
}

const consentContextSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/) });
const acceptSchema = z.object({
  action: z.literal('accept'),
  context: consentContextSchema,
  uploadInfo: z.object({
    uploadUrl: z.string().url(),
    contentUrl: z.string().url(),
    name: z.string().min(1),
    uniqueId: z.string().min(1),
    fileType: z.string().optional(),
  }),
});
const declineSchema = z.object({ action: z.literal('decline'), context: consentContextSchema });
const fileConsentValueSchema = z.discriminatedUnion('action', [acceptSchema, declineSchema]);

const say = async (context: TurnContext, text: string) => {
  await context.sendActivity(reply(text));
};

/** Gone from the store, or issued in another conversation: both read as «no longer available». */
async function documentFor(
  context: TurnContext,
  token: string,
  deps: FileConsentDependencies,
): Promise<TeamsStoredDocument | undefined> {
  const doc = await deps.documents.get(token);
  if (doc && doc.conversationId !== context.activity.conversation.id) {
    deps.logger?.warn('teams.fileConsent.otherConversation', { channelId: context.activity.channelId });
    return undefined;
  }
  return doc;
}

const expiryOf = (context: TurnContext, doc: TeamsStoredDocument) =>
  formatExpiry(doc.expiresAt, languageOf(context.activity.locale));

async function accept(
  context: TurnContext,
  value: z.infer<typeof acceptSchema>,
  deps: FileConsentDependencies,
): Promise<void> {
  const t = translatorFor(context.activity.locale);
  const doc = await documentFor(context, value.context.token, deps);
  if (!doc) return say(context, t('teams.expired'));
  const { uploadInfo } = value;
  try {
    await uploadToSession(uploadInfo.uploadUrl, doc.bytes, deps.upload);
  } catch (error) {
    const status = error instanceof UploadError ? error.status : undefined;
    deps.logger?.warn('teams.upload.failed', { status, bytes: doc.bytes.byteLength, contentType: doc.contentType });
    return say(context, t('teams.upload.failed', { fileName: doc.fileName, expiresAt: expiryOf(context, doc) }));
  }
  const done = reply(t('teams.upload.done', { fileName: uploadInfo.name }));
  done.attachments = [
    {
      contentType: fileInfoContentType,
      contentUrl: uploadInfo.contentUrl,
      name: uploadInfo.name,
      content: {
        uniqueId: uploadInfo.uniqueId,
        fileType: uploadInfo.fileType ?? uploadInfo.name.split('.').pop() ?? '',
      },
    },
  ];
  await context.sendActivity(done);
}

async function decline(
  context: TurnContext,
  value: z.infer<typeof declineSchema>,
  deps: FileConsentDependencies,
): Promise<void> {
  const t = translatorFor(context.activity.locale);
  const doc = await documentFor(context, value.context.token, deps);
  await say(
    context,
    doc ? t('teams.declined', { fileName: doc.fileName, expiresAt: expiryOf(context, doc) }) : t('teams.expired'),
  );
}

/** A whole `fileConsent/invoke` turn: upload or decline, then the invoke's answer (400 when malformed). */
export async function handleFileConsent(context: TurnContext, deps: FileConsentDependencies): Promise<InvokeResponse> {
  const value = fileConsentValueSchema.safeParse(context.activity.value);
  if (!value.success) deps.logger?.warn('teams.fileConsent.badRequest', { issues: value.error.issues.length });
  else if (value.data.action === 'accept') await accept(context, value.data, deps);
  else await decline(context, value.data, deps);
  const response: InvokeResponse = { status: value.success ? 200 : 400 };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
  return response;
}
