// The shape of one registry entry. The registry (registry.ts) is the single source of truth for the
// workflow language: the validator, the JSON Schema export and the engine all read these entries.
import type { z } from 'zod';
import type { SubjectKind } from './subject.ts';

/** `always`: may be a root; `withTarget`: may be a root only when a target parameter is given; `never`. */
export type RootStart = 'always' | 'withTarget' | 'never';

/**
 * `single`: data is one object (or none); `list`: data is an array and children run per item through a
 * `doFor*` iterator; `iterator`: a `doFor*` action running its children once per item of its parent.
 */
export type ActionShape = 'single' | 'list' | 'iterator';

/**
 * A target parameter: names the action's subject when the action is a root ("required for root start"),
 * and is forbidden under a parent, which supplies the subject instead.
 */
export interface TargetSpec {
  readonly param: string;
  /** Kind of subject the value denotes; `null` when no engine subject kind fits (e.g. a comment URL). */
  readonly subject: SubjectKind | null;
}

/**
 * Cross-parameter rules. A closed set so that both the validator and the JSON Schema generator handle
 * every rule (the schema cannot express `samePost`; see json-schema.ts).
 */
export type CrossRule =
  /** The two parameters must not be given together. */
  | { readonly kind: 'exclusive'; readonly params: readonly [string, string]; readonly why?: string }
  /** At least one of the parameters must be given. */
  | { readonly kind: 'oneOfRequired'; readonly params: readonly [string, ...string[]] }
  /** `param` is required unless `unless` is given. */
  | { readonly kind: 'requiredUnless'; readonly param: string; readonly unless: string }
  /** `by` (an enum) selects which one of the mapped parameters must be given; the others are forbidden. */
  | { readonly kind: 'matchByEnum'; readonly by: string; readonly map: Readonly<Record<string, string>> }
  /** When both a post URL and a post URN are given they must denote the same post. */
  | { readonly kind: 'samePost'; readonly url: string; readonly urn: string }
  /** `param` (an integer) is at most `max` when child actions are attached. */
  | { readonly kind: 'maxWithChildren'; readonly param: string; readonly max: number };

export type ParamsSchema = z.ZodObject<z.ZodRawShape, z.core.$strict>;

export interface ActionSpec<P extends ParamsSchema = ParamsSchema> {
  readonly actionType: string;
  readonly summary: string;
  readonly rootStart: RootStart;
  /** Alternatives: a root start needs at least one of them (messages name the first). */
  readonly targets: readonly TargetSpec[];
  readonly parents: readonly string[];
  readonly children: readonly string[];
  /** Subject kinds this action accepts from a parent (empty for root-only actions). */
  readonly consumes: readonly SubjectKind[];
  /** Subject kind handed to children (per item for list actions and iterators). */
  readonly produces?: SubjectKind;
  readonly shape: ActionShape;
  /** Own parameters, strict, target parameters included as optional (label/then/actionType excluded). */
  readonly params: P;
  readonly rules: readonly CrossRule[];
  /** Where the catalog is UNCONFIRMED or inferred: the reading we took. */
  readonly notes?: readonly string[];
}

export function defineAction<P extends ParamsSchema>(spec: ActionSpec<P>): ActionSpec<P> {
  return spec;
}
