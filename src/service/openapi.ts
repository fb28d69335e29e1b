// GET /openapi.json: an OpenAPI 3.1 document generated from the zod schemas the routes validate with
// (schemas.ts) and from the workflow language's JSON Schema (src/workflow/json-schema.ts), so the
// document describes exactly what the server accepts.
import { z } from 'zod';
import { buildWorkflowJsonSchema, type JsonSchema } from '../workflow/json-schema.ts';
import {
  accountQuery,
  connectBody,
  conversationsPollBody,
  errorEnvelope,
  inboxPollBody,
  limitsAccountBody,
  limitsDeleteBody,
  limitsSetBody,
  networkPollBody,
  respondBody,
  restError,
  withdrawBody,
  workflowStatusResult,
} from './schemas.ts';
import { DEFAULT_BODY_LIMIT_BYTES } from './http-io.ts';

function schemaOf(s: z.ZodType): JsonSchema {
  const out = z.toJSONSchema(s, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** The workflow schema with its $defs moved to components (OpenAPI resolves `#/` from the document root). */
function workflowComponents(): { root: JsonSchema; defs: Record<string, JsonSchema> } {
  const full = buildWorkflowJsonSchema();
  const rewrite = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        o[k] =
          k === '$ref' && typeof x === 'string'
            ? x.replace('#/$defs/', '#/components/schemas/wf.')
            : rewrite(x);
      }
      return o;
    }
    return v;
  };
  const defs: Record<string, JsonSchema> = {};
  for (const [k, v] of Object.entries((full.$defs ?? {}) as Record<string, JsonSchema>)) {
    defs[`wf.${k}`] = rewrite(v) as JsonSchema;
  }
  const { $defs: _defs, $schema: _schema, ...root } = full;
  return { root: rewrite(root) as JsonSchema, defs };
}

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

function envelope(result: JsonSchema): JsonSchema {
  return {
    type: 'object',
    properties: { success: { const: true }, result },
    required: ['success', 'result'],
  };
}

const ERR = { $ref: '#/components/schemas/ErrorEnvelope' };
const REST_ERR = { $ref: '#/components/schemas/RestError' };
const LA_SECURITY = [{ linkedApiToken: [], identificationToken: [] }];
const TOKEN_ONLY = [{ linkedApiToken: [] }];
const BEARER = [{ bearer: [] }];

function laOp(summary: string, opts: { body?: JsonSchema; result?: JsonSchema; security?: unknown[] }) {
  return {
    summary,
    security: opts.security ?? LA_SECURITY,
    ...(opts.body ? { requestBody: { required: true, content: json(opts.body) } } : {}),
    responses: {
      200: { description: 'success', content: json(envelope(opts.result ?? { type: 'object' })) },
      400: { description: 'invalidRequestPayload, invalidWorkflow', content: json(ERR) },
      401: {
        description:
          'linkedApiTokenRequired, invalidLinkedApiToken, identificationTokenRequired, invalidIdentificationToken',
        content: json(ERR),
      },
      403: { description: 'accountNotAllowed: the token does not reach this account', content: json(ERR) },
    },
  };
}

const RATE_HEADERS = Object.fromEntries(
  [
    'X-RateLimit-Action',
    'X-RateLimit-Limit',
    'X-RateLimit-Used',
    'X-RateLimit-Remaining',
    'X-RateLimit-Reset',
  ].map((h) => [h, { schema: { type: 'string' } }]),
);

function restOp(summary: string, opts: { body?: JsonSchema; query?: boolean; pathParams?: string[] }) {
  const params: unknown[] = (opts.pathParams ?? []).map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (opts.query) {
    const q = schemaOf(accountQuery) as { properties?: Record<string, JsonSchema> };
    for (const [name, schema] of Object.entries(q.properties ?? {}))
      params.push({ name, in: 'query', required: false, schema });
  }
  return {
    summary,
    security: BEARER,
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(opts.body ? { requestBody: { required: true, content: json(opts.body) } } : {}),
    responses: {
      200: { description: 'success', headers: RATE_HEADERS, content: json({ type: 'object' }) },
      202: {
        description: 'still running after the wait budget; `workflowId` to poll',
        headers: RATE_HEADERS,
      },
      400: {
        description: 'invalid input, or LinkedIn refused (already connected, no pending invitation…)',
        content: json(REST_ERR),
      },
      401: { description: 'missing or invalid token', content: json(ERR) },
      403: { description: 'the token does not reach this account', content: json(ERR) },
      404: { description: 'profile not found', content: json(REST_ERR) },
      429: {
        description: 'a limit or a LinkedIn hold stops the request (`holdUntil`, `weeklyReset`)',
        headers: RATE_HEADERS,
        content: json(REST_ERR),
      },
    },
  };
}

export function buildOpenApi(version: string): JsonSchema {
  const wf = workflowComponents();
  const limitsAccount = schemaOf(limitsAccountBody);
  return {
    openapi: '3.1.0',
    info: {
      title: 'linkwright serve',
      version,
      description:
        `Linked API-compatible workflow endpoints and ConnectSafely-style REST, self-hosted. Request bodies are ` +
        `limited to ${DEFAULT_BODY_LIMIT_BYTES} bytes and must be application/json.`,
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      securitySchemes: {
        linkedApiToken: { type: 'apiKey', in: 'header', name: 'linked-api-token' },
        identificationToken: { type: 'apiKey', in: 'header', name: 'identification-token' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas: {
        Workflow: wf.root,
        ...wf.defs,
        ErrorEnvelope: schemaOf(errorEnvelope),
        RestError: schemaOf(restError),
        WorkflowStatus: schemaOf(workflowStatusResult),
      },
    },
    paths: {
      '/health': {
        get: { summary: 'liveness and version', security: [], responses: { 200: { description: 'ok' } } },
      },
      '/openapi.json': {
        get: { summary: 'this document', security: [], responses: { 200: { description: 'ok' } } },
      },
      '/workflows': {
        post: laOp('submit a workflow', {
          body: { $ref: '#/components/schemas/Workflow' },
          result: {
            type: 'object',
            properties: { workflowId: { type: 'string' }, workflowStatus: { enum: ['pending', 'running'] } },
          },
        }),
      },
      '/workflows/{workflowId}': {
        parameters: [{ name: 'workflowId', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          ...laOp('status and result of a workflow', {
            result: { $ref: '#/components/schemas/WorkflowStatus' },
          }),
        },
        delete: laOp('cancel a workflow', {
          result: { type: 'object', properties: { cancelled: { type: 'boolean' } } },
        }),
      },
      '/account': { get: laOp('the account the identification token names', {}) },
      '/conversations/poll': {
        post: laOp('messages of synced conversations', { body: schemaOf(conversationsPollBody) }),
      },
      '/inbox/poll': { post: laOp('inbox messages since the inbox sync', { body: schemaOf(inboxPollBody) }) },
      '/network/poll': {
        post: laOp('network events since the network sync', { body: schemaOf(networkPollBody) }),
      },
      '/admin/limits.getDefaults': { post: laOp('built-in default limits', { security: TOKEN_ONLY }) },
      '/admin/limits.get': {
        post: laOp("an account's effective limits", { body: limitsAccount, security: TOKEN_ONLY }),
      },
      '/admin/limits.getUsage': {
        post: laOp("an account's usage per limit", { body: limitsAccount, security: TOKEN_ONLY }),
      },
      '/admin/limits.set': {
        post: laOp('upsert limits of an account', { body: schemaOf(limitsSetBody), security: TOKEN_ONLY }),
      },
      '/admin/limits.delete': {
        post: laOp('remove limit overrides', { body: schemaOf(limitsDeleteBody), security: TOKEN_ONLY }),
      },
      '/admin/limits.resetToDefaults': {
        post: laOp('remove every override', { body: limitsAccount, security: TOKEN_ONLY }),
      },
      '/linkedin/connect': { post: restOp('send a connection request', { body: schemaOf(connectBody) }) },
      '/linkedin/invitations/withdraw': {
        post: restOp('withdraw a pending invitation', { body: schemaOf(withdrawBody) }),
      },
      '/linkedin/invitations/sent': { get: restOp('pending sent invitations', { query: true }) },
      '/linkedin/invitations/received': { get: restOp('received invitations', { query: true }) },
      '/linkedin/invitations/received/respond': {
        post: restOp('accept or ignore an invitation', { body: schemaOf(respondBody) }),
      },
      '/linkedin/relationship/{profileId}': {
        get: restOp('relationship with a person', { query: true, pathParams: ['profileId'] }),
      },
      '/linkedin/relationship/{accountId}/{profileId}': {
        get: restOp('relationship with a person, for one account', {
          pathParams: ['accountId', 'profileId'],
        }),
      },
    },
  };
}
