// Standard post actions (open, react, comment, publish, the feed).
// Field for field from ../shared/spec/linkedapi-actions.md §9 (one section per action); where the
// catalog marks a rule UNCONFIRMED or inferred, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import {
  boundedString,
  count,
  linkedInUrl,
  postUrnSchema,
  publicFileUrlSchema,
  shortText,
  text,
  urnSchema,
} from '../param-schemas.ts';
import { basicInfo, COMMENT, companyUrl, POST_URL, POST_URN, postUrl } from './shared-schemas.ts';

export const REACTION_TYPES = ['like', 'celebrate', 'support', 'love', 'insightful', 'funny'] as const;

/**
 * `@[key]` mentions of st.createPost / st.createRepost. At most one of urn / personHashedUrl /
 * companyHashedUrl picks among namesakes.
 */
const mention = z
  .strictObject({
    key: boundedString(30, 'must be 1-30 letters, digits, _ or -').regex(/^[A-Za-z0-9_-]{1,30}$/u, {
      error: 'must be 1-30 letters, digits, _ or -',
    }),
    name: shortText(100),
    urn: urnSchema.optional(),
    personHashedUrl: linkedInUrl('person', 'salesPerson').optional(),
    companyHashedUrl: linkedInUrl('companyNumeric', 'salesCompany').optional(),
  })
  .check((ctx) => {
    const given = (['urn', 'personHashedUrl', 'companyHashedUrl'] as const).filter(
      (k) => ctx.value[k] !== undefined,
    );
    if (given.length > 1) {
      ctx.issues.push({
        code: 'custom',
        message: `give at most one of urn, personHashedUrl, companyHashedUrl (got ${given.join(', ')})`,
        input: ctx.value,
      });
    }
  })
  .meta({
    not: {
      anyOf: [
        { required: ['urn', 'personHashedUrl'] },
        { required: ['urn', 'companyHashedUrl'] },
        { required: ['personHashedUrl', 'companyHashedUrl'] },
      ],
    },
  });
const mentions = z.array(mention).max(50, { error: 'at most 50 items' });

/** Up to 9 images, or 1 video, or 1 document; types are not mixed. */
const attachment = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('image'), url: publicFileUrlSchema, name: shortText(200).optional() }),
  z.strictObject({ type: z.literal('video'), url: publicFileUrlSchema, name: shortText(200).optional() }),
  z.strictObject({ type: z.literal('document'), url: publicFileUrlSchema, name: shortText(200) }),
]);
const attachments = z
  .array(attachment)
  .min(1, { error: 'must not be empty', abort: true })
  .max(9, { error: 'at most 9 items', abort: true })
  .check((ctx) => {
    const items = ctx.value;
    if (items.length > 1 && items.some((a) => a.type !== 'image')) {
      ctx.issues.push({
        code: 'custom',
        message: 'up to 9 images, or exactly one video or one document; types cannot be mixed',
        input: items,
      });
    }
  })
  .meta({
    anyOf: [{ maxItems: 1 }, { items: { properties: { type: { const: 'image' } } } }],
  });

export const ST_POSTS = {
  'st.openPost': defineAction({
    actionType: 'st.openPost',
    summary: 'Open a post and run post-scoped child actions.',
    rootStart: 'withTarget',
    targets: [POST_URL, POST_URN],
    parents: ['st.doForPosts'],
    children: ['st.reactToPost', 'st.commentOnPost', 'st.retrievePostComments', 'st.retrievePostReactions'],
    consumes: ['post'],
    produces: 'post',
    shape: 'single',
    params: z.strictObject({ postUrl: postUrl.optional(), postUrn: postUrnSchema.optional(), basicInfo }),
    rules: [{ kind: 'samePost', url: 'postUrl', urn: 'postUrn' }],
    notes: ['postUrn as an alternative target is from newer SDK types (UNCONFIRMED server-side).'],
  }),
  'st.retrievePostComments': defineAction({
    actionType: 'st.retrievePostComments',
    summary: 'List comments on the post opened by the parent.',
    rootStart: 'never',
    targets: [],
    parents: ['st.openPost'],
    children: [],
    consumes: ['post'],
    shape: 'list',
    params: z.strictObject({
      limit: count({ default: 10, max: 500 }),
      replies: z.boolean().optional(),
      sort: z.enum(['mostRelevant', 'mostRecent']).optional(),
    }),
    rules: [],
    notes: ['Root start "not allowed" inferred (child of st.openPost).'],
  }),
  'st.retrievePostReactions': defineAction({
    actionType: 'st.retrievePostReactions',
    summary: 'List reactions on the post opened by the parent.',
    rootStart: 'never',
    targets: [],
    parents: ['st.openPost'],
    children: [],
    consumes: ['post'],
    shape: 'list',
    params: z.strictObject({ limit: count({ default: 10, max: 1000 }) }),
    rules: [],
    notes: ['Root start "not allowed" inferred.'],
  }),
  'st.reactToPost': defineAction({
    actionType: 'st.reactToPost',
    summary: 'React to a post, as the account or as a company page it administers.',
    rootStart: 'withTarget',
    targets: [POST_URL, POST_URN],
    parents: ['st.openPost'],
    children: [],
    consumes: ['post'],
    shape: 'single',
    params: z.strictObject({
      postUrl: postUrl.optional(),
      postUrn: postUrnSchema.optional(),
      type: z.enum(REACTION_TYPES),
      companyUrl: companyUrl.optional(),
    }),
    rules: [{ kind: 'samePost', url: 'postUrl', urn: 'postUrn' }],
    notes: ['postUrn accepted as alternative target (newer SDK; UNCONFIRMED server-side).'],
  }),
  'st.commentOnPost': defineAction({
    actionType: 'st.commentOnPost',
    summary: 'Comment on a post, as the account or as a company page.',
    rootStart: 'withTarget',
    targets: [POST_URL, POST_URN],
    parents: ['st.openPost'],
    children: [],
    consumes: ['post'],
    shape: 'single',
    params: z.strictObject({
      postUrl: postUrl.optional(),
      postUrn: postUrnSchema.optional(),
      text: text(1000, { nonBlank: true }),
      companyUrl: companyUrl.optional(),
    }),
    rules: [{ kind: 'samePost', url: 'postUrl', urn: 'postUrn' }],
    notes: ['Root start with postUrl inferred from the pattern (docs page not captured).'],
  }),
  'st.reactToComment': defineAction({
    actionType: 'st.reactToComment',
    summary: 'React to a comment.',
    rootStart: 'withTarget',
    targets: [COMMENT],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({
      commentUrl: linkedInUrl('comment').optional(),
      type: z.enum(REACTION_TYPES).default('like'),
    }),
    rules: [],
    notes: ['Root start UNCONFIRMED; single root action with the comment URL.'],
  }),
  'st.replyToComment': defineAction({
    actionType: 'st.replyToComment',
    summary: 'Reply under a comment.',
    rootStart: 'withTarget',
    targets: [COMMENT],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({
      commentUrl: linkedInUrl('comment').optional(),
      text: text(1000, { nonBlank: true }),
    }),
    rules: [],
    notes: ['Root start UNCONFIRMED; single root action with the comment URL.'],
  }),
  'st.createPost': defineAction({
    actionType: 'st.createPost',
    summary: 'Publish a post from the account or a company page, with optional media.',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({
      text: text(3000, { nonBlank: true }),
      attachments: attachments.optional(),
      companyUrl: companyUrl.optional(),
      mentions: mentions.optional(),
    }),
    rules: [],
  }),
  'st.createRepost': defineAction({
    actionType: 'st.createRepost',
    summary: "Repost a post, as is or with the account's commentary.",
    rootStart: 'withTarget',
    targets: [POST_URL, POST_URN],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({
      postUrl: postUrl.optional(),
      postUrn: postUrnSchema.optional(),
      text: text(3000, { nonBlank: true }).optional(),
      mentions: mentions.optional(),
    }),
    rules: [{ kind: 'samePost', url: 'postUrl', urn: 'postUrn' }],
    notes: ['Root start UNCONFIRMED; single root action naming the post by postUrl or postUrn.'],
  }),
  'st.retrieveFeed': defineAction({
    actionType: 'st.retrieveFeed',
    summary: "Read posts from the account's home feed.",
    rootStart: 'always',
    targets: [],
    parents: [],
    children: ['st.doForPosts'],
    consumes: [],
    produces: 'post',
    shape: 'list',
    params: z.strictObject({ limit: count({ default: 20, max: 100 }) }),
    rules: [],
    notes: [
      'Root start and children UNCONFIRMED: root allowed; st.doForPosts allowed as for every post list.',
    ],
  }),
};
