import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyWriteError, describeFailure, failureFrom } from './errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('when IndexedDB runs out of space', () => {
  it.each([
    ['the plain DOMException', quota()],
    // What Dexie rejects a transaction with when IndexedDB aborts it (Transaction's onabort: Abort(idbtrans.error)).
    ['a Dexie.AbortError whose inner error is it', new Dexie.AbortError(quota())],
    ['a Dexie.AbortError with a message and it as inner error', new Dexie.AbortError('Transaction aborted', quota())],
    // Dexie maps a DOMException that rejects a request to its own class of the same name.
    ['Dexie’s own QuotaExceededError', new Dexie.QuotaExceededError('The quota has been exceeded.', quota())],
    ['an open that failed on it', new Dexie.OpenFailedError(new Dexie.AbortError(quota()))],
    // bulkPut/bulkAdd collect each failed request's error; modify() likewise.
    ['a Dexie.BulkError among whose failures it is', new Dexie.BulkError('bulkPut(): 1 of 3 failed', { 1: quota() })],
    ['a Dexie.ModifyError among whose failures it is', new Dexie.ModifyError('modify() failed', [quota()], 1, [])],
  ])('then %s is told apart as a full disk', (_, error) => {
    expect(classifyWriteError(error)).toBe('quota');
  });

  it('then it is still told apart after crossing from the import worker', () => {
    expect(classifyWriteError(failureFrom(describeFailure(new Dexie.AbortError(quota()))))).toBe('quota');
  });

  it('then an abort for another reason, or a bulk failure of another kind, is not taken for it', () => {
    expect(classifyWriteError(new Dexie.AbortError())).toBe('unknown');
    expect(
      classifyWriteError(new Dexie.BulkError('bulkAdd(): 1 of 2 failed', { 0: new Dexie.ConstraintError() })),
    ).toBe('unknown');
  });
});
