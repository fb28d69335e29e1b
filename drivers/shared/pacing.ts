// Human pacing as the drivers see it: a pause between steps and a keystroke delay. Defined here, not
// imported from src/engine (drivers never import src/): the engine's PacingService satisfies it
// structurally and is handed in through the driver session. Tests pass zero pacing.

export interface Pacing {
  /** A randomised pause before a step (a click) or before typing starts. */
  pause(kind: 'step' | 'typing'): Promise<void>;
  /** Delay in ms between keystrokes when typing like a person. */
  keystrokeDelay(): number;
}

export const ZERO_PACING: Pacing = {
  pause: async () => {},
  keystrokeDelay: () => 0,
};
