// The catalog actions linkwright can run today. Validation rejects every other catalog action with
// `invalidWorkflow` ("… is not supported yet") instead of running a stub. Add an action type here in the
// same change that registers its handler.
export const IMPLEMENTED_ACTIONS: ReadonlySet<string> = new Set<string>([]);
