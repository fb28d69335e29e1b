// An action's parameters, typed and parsed by the registry's own schema (src/workflow): the engine hands
// over what validation produced, and parsing again at the action's boundary costs little and keeps a
// handler called directly (tests, embedders) on the same contract. One schema, never restated here.
import { ACTION_SPECS, type ActionParams, type ActionType } from '../../workflow/registry.ts';

export function paramsOf<T extends ActionType>(actionType: T, params: unknown): ActionParams<T> {
  return ACTION_SPECS[actionType].params.parse(params) as ActionParams<T>;
}
