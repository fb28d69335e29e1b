// A JSON object as the workflow language carries it: an action's parameters, a result's data.
export type JsonObject = { [key: string]: unknown };
