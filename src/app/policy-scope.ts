// The store and the policy for one command that reads or changes an account's limits and holds
// (`limits`, `accounts`): wired here with the action modules' rule book, so the CLI knows neither the
// store nor the actions. The store is always closed afterwards.
import { ACTION_RULES } from '../actions/index.ts';
import { createPolicy, HoldService, type Policy } from '../engine/policy/index.ts';
import { openStore } from '../store/index.ts';

/** Opens store and policy (reads LINKWRIGHT_HOME/config.json: a bad one throws PolicyConfigError). */
export async function withPolicy<T>(home: string, fn: (policy: Policy) => Promise<T>): Promise<T> {
  const store = openStore(home);
  try {
    return await fn(createPolicy(store, { home, rules: ACTION_RULES }));
  } finally {
    await store.close();
  }
}

/** LinkedIn's holds alone: reads no policy config, so a broken config.json never hides an account. */
export async function withHolds<T>(home: string, fn: (holds: HoldService) => Promise<T>): Promise<T> {
  const store = openStore(home);
  try {
    return await fn(new HoldService(store, ACTION_RULES));
  } finally {
    await store.close();
  }
}
