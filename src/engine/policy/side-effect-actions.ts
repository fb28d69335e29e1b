// Action types whose run changes something on LinkedIn (or in what other people see). These carry an
// idempotency key and follow the journal discipline (run-side-effect.ts); reading actions do not.
export const SIDE_EFFECT_ACTIONS: ReadonlySet<string> = new Set([
  'st.sendConnectionRequest',
  'st.withdrawConnectionRequest',
  'st.acceptInvitation',
  'st.ignoreInvitation',
  'st.removeConnection',
  'st.sendMessage',
  'st.manageConversation',
  'st.reactToPost',
  'st.commentOnPost',
  'st.reactToComment',
  'st.replyToComment',
  'st.createPost',
  'st.createRepost',
  'nv.sendMessage',
  'nv.manageConversation',
]);
