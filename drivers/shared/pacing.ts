// Human pacing as the drivers see it: a pause between steps and a keystroke delay. The policy layer's
// pacing (src/engine/policy/pacing.ts) supplies randomised values; tests pass zero pacing.
export interface PacingService {
  pause(kind: 'step' | 'typing' | 'action'): Promise<void>;
  /** Delay in ms between keystrokes when typing like a person. */
  keystrokeDelay(): number;
}

export const ZERO_PACING: PacingService = {
  pause: async () => {},
  keystrokeDelay: () => 0,
};
