// Human pacing as the drivers see it: a pause between steps and a keystroke delay. The engine's
// 'pacing' service supplies the randomised values; tests pass zero pacing.
import type { PacingService } from '../../src/engine/services.ts';

export type { PacingService };

export const ZERO_PACING: PacingService = {
  pause: async () => {},
  keystrokeDelay: () => 0,
};
