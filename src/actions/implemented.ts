// The catalog actions linkwright can run today. Validation rejects every other catalog action with
// `invalidWorkflow` ("… is not supported yet") instead of running a stub. Add an action type here in the
// same change that registers its handler.
export const IMPLEMENTED_ACTIONS: ReadonlySet<string> = new Set<string>([
  // Connection management (issue 5): handlers in src/actions/index.ts; st.doForPeople is run by the engine.
  'st.openPersonPage',
  'st.checkConnectionStatus',
  'st.sendConnectionRequest',
  'st.withdrawConnectionRequest',
  'st.retrievePendingRequests',
  'st.retrieveInvitations',
  'st.acceptInvitation',
  'st.ignoreInvitation',
  'st.removeConnection',
  'st.retrieveConnections',
  'st.doForPeople',
]);
