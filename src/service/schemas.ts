// The zod schemas `serve` validates requests with; openapi.ts renders the same objects into
// /openapi.json, so the document cannot drift from what the routes accept.
import { z } from 'zod';
import { LIMIT_CATEGORIES, LIMIT_PERIODS } from '../engine/policy/limit-catalog.ts';

const isoTime = z.iso.datetime({ offset: true });
const accountId = z.string().min(1).max(64).describe('the account name (`linkwright accounts add NAME`)');

// ---- Linked API: polls (§6) -------------------------------------------------------------------

export const conversationsPollBody = z
  .array(
    z.strictObject({
      personUrl: z.string().min(1).max(2048),
      type: z.enum(['st', 'nv']).default('st'),
      since: isoTime.optional(),
    }),
  )
  .min(1)
  .max(100)
  .describe('the conversations to read; each must have been synced with st.syncConversation');

export const inboxPollBody = z.strictObject({
  since: isoTime.optional(),
  type: z.enum(['st', 'nv']).optional(),
  threadId: z.string().min(1).max(512).optional(),
});

export const networkPollBody = z.strictObject({
  since: isoTime.optional(),
  type: z.enum(['connectionAccepted', 'connectionAdded', 'connectionRequestReceived']).optional(),
});

// ---- Linked API: limits (§4) ------------------------------------------------------------------

export const limitEntry = z.strictObject({
  category: z.enum(LIMIT_CATEGORIES),
  period: z.enum(LIMIT_PERIODS),
  maxValue: z.number().int().min(0).max(1_000_000),
  isEnabled: z.boolean().default(true),
});

export const limitsAccountBody = z.strictObject({ accountId });
export const limitsSetBody = z.strictObject({ accountId, limits: z.array(limitEntry).min(1).max(100) });
export const limitsDeleteBody = z.strictObject({
  accountId,
  limits: z
    .array(z.strictObject({ category: z.enum(LIMIT_CATEGORIES), period: z.enum(LIMIT_PERIODS) }))
    .min(1)
    .max(100),
});

// ---- ConnectSafely-style REST ------------------------------------------------------------------

const profileId = z
  .string()
  .min(1)
  .max(200)
  .describe('the vanity slug (`john-doe-123`) or member id (`ACoAA…`)');
const profileUrn = z
  .string()
  .regex(/^urn:li:fsd_profile:[A-Za-z0-9_-]+$/)
  .describe('`urn:li:fsd_profile:ACoAA…`');

export const connectBody = z.strictObject({
  accountId: accountId.optional(),
  profileId: profileId.optional(),
  profileUrn: profileUrn.optional(),
  customMessage: z.string().max(300).optional(),
  /** The older documented name of customMessage. */
  message: z.string().max(300).optional(),
  email: z.string().email().max(320).optional(),
});

export const withdrawBody = z.strictObject({
  accountId: accountId.optional(),
  profileId: profileId.optional(),
  profileUrn: profileUrn.optional(),
  // Accepted for ConnectSafely clients; the person is found from profileId/profileUrn.
  memberId: z.string().max(200).optional(),
  invitationId: z.string().max(200).optional(),
  firstName: z.string().max(200).optional(),
  lastName: z.string().max(200).optional(),
});

export const respondBody = z.strictObject({
  accountId: accountId.optional(),
  action: z.enum(['accept', 'ignore']),
  profileId: profileId.optional(),
  profileUrn: profileUrn.optional(),
  invitationCategory: z.enum(['CONNECTION', 'ORGANIZATION', 'NEWSLETTER']).default('CONNECTION'),
  companyUrl: z.string().url().max(2048).optional(),
  newsletterUrl: z.string().url().max(2048).optional(),
  // ConnectSafely's own fields, accepted and not needed (the page is read, not LinkedIn's API).
  invitationId: z.string().max(200).optional(),
  validationToken: z.string().max(2000).optional(),
  linkedInInvitationType: z.string().max(200).optional(),
  firstName: z.string().max(200).optional(),
  lastName: z.string().max(200).optional(),
});

export const accountQuery = z.strictObject({
  accountId: accountId.optional(),
  startIndex: z
    .string()
    .regex(/^\d{1,6}$/)
    .optional(),
  debug: z.string().max(10).optional(),
});

// ---- responses (documentation only) ------------------------------------------------------------

export const errorEnvelope = z.strictObject({
  success: z.literal(false),
  error: z.strictObject({ type: z.string(), message: z.string() }),
});

export const workflowStatusResult = z.strictObject({
  workflowId: z.string(),
  workflowStatus: z.enum(['pending', 'running', 'completed', 'failed']),
  pendingReason: z.enum(['queued', 'outsideWorkingHours']).optional(),
  message: z.string().optional(),
  completion: z.unknown().optional().describe('the workflow result, when completed'),
  failure: z.strictObject({ reason: z.string(), message: z.string() }).optional(),
});

export const restError = z.strictObject({
  success: z.literal(false),
  error: z.string(),
  holdUntil: isoTime.optional(),
  weeklyReset: isoTime.optional(),
});
