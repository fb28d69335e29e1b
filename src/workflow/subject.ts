// What an action acts on, in the workflow language: a parent hands its subject to its children
// (catalog: "the parent supplies the person"). The engine and the actions use it; it belongs here,
// below them, because the registry declares which parameter names which kind.
export type Subject =
  | { kind: 'person'; personUrl: string }
  | { kind: 'salesPerson'; personHashedUrl: string }
  | { kind: 'company'; companyUrl: string }
  | { kind: 'salesCompany'; companyHashedUrl: string }
  | { kind: 'post'; postUrl: string }
  | { kind: 'job'; jobUrl: string }
  | { kind: 'conversation'; threadId: string };

export type SubjectKind = Subject['kind'];
