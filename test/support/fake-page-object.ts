// Typed fakes for tests that replace a driver module with vi.mock: the fake's methods must be public
// methods of the real page object with compatible types (an object literal, so excess-property checks
// apply), so renaming or retyping a driver method breaks the test at compile time instead of leaving a
// mock nobody calls.
import type { Control } from '../../drivers/shared/page-object.ts';

type PageObjectClass = abstract new (...args: never[]) => object;

/** A stand-in for the page object class `C`: every `new C(…)` returns `methods`. */
export function fakePageObject<C extends PageObjectClass>(methods: Partial<InstanceType<C>>): C {
  return function FakePageObject() {
    return methods;
  } as unknown as C;
}

/** A Control whose click runs `onClick` (records it, flips the fake page's state). */
export function fakeControl(name: string, onClick: () => void = () => {}): Control {
  return {
    name,
    click: async () => {
      onClick();
    },
  };
}
