import { z } from 'zod';

const shortText = z.string().max(256);

/** What a Direct Line client may post; everything else (ids, accounts, serviceUrl) the bridge sets. */
export const clientActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(20_000).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(35).optional(),
  localTimezone: z.string().max(64).optional(),
  name: shortText.optional(),
  value: z.unknown().optional(),
  replyToId: shortText.optional(),
  from: z.object({ name: shortText.optional() }).optional(),
  channelData: z.record(z.unknown()).optional(),
  attachments: z
    .array(
      z.object({
        contentType: shortText,
        contentUrl: z.string().max(2048).optional(),
        content: z.unknown().optional(),
        name: shortText.optional(),
      }),
    )
    .max(10)
    .optional(),
  entities: z
    .array(z.object({ type: shortText }).passthrough())
    .max(20)
    .optional(),
});
export type ClientActivity = z.infer<typeof clientActivitySchema>;

/** `POST /conversations` body (directlinejs sends `{ user: { id }, locale }`; the user id is the token's). */
export const startConversationSchema = z.object({ locale: z.string().max(35).optional() }).passthrough();

/** An activity the bot sends through the connector API (JSON as the ConnectorClient serialises it). */
export const botActivitySchema = z.object({ type: z.string().min(1).max(64) }).passthrough();

export const watermarkSchema = z
  .union([z.string().regex(/^\d{0,12}$/), z.undefined()])
  .transform((value) => (value ? Number(value) : 0));
