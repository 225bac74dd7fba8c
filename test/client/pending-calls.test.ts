// Tests the count of server calls in flight that polling and the progress bar rely on.
import { anyCallPending, beginCall, shownCallsPending, subscribe } from '../../src/client/pending-calls';

describe('pending calls', () => {
  test('shown calls drive the progress bar; quiet ones only block polling', () => {
    expect(anyCallPending()).toBe(false);
    const endQuiet = beginCall(false);
    expect(anyCallPending()).toBe(true);
    expect(shownCallsPending()).toBe(0);
    const endShown = beginCall(true);
    expect(shownCallsPending()).toBe(1);
    endQuiet();
    endShown();
    expect(anyCallPending()).toBe(false);
    expect(shownCallsPending()).toBe(0);
  });

  test('ending a call twice counts once, so the bar never goes negative or stays stuck', () => {
    const endFirst = beginCall(true);
    const endSecond = beginCall(true);
    endFirst();
    endFirst();
    expect(shownCallsPending()).toBe(1);
    endSecond();
    expect(shownCallsPending()).toBe(0);
  });

  test('listeners hear every start and end until they unsubscribe', () => {
    const heard: number[] = [];
    const unsubscribe = subscribe(() => heard.push(shownCallsPending()));
    const end = beginCall(true);
    end();
    unsubscribe();
    beginCall(true)();
    expect(heard).toEqual([1, 0]);
  });
});
