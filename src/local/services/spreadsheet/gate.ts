// How every Spreadsheet service object reaches the execution: count the call, then read, write or restructure.
import type { ServiceContext } from '../../runtime/context';
import { cellLatency } from '../../runtime/latency';

/**
 * Models Apps Script's write cache (Google's 2010 performance post, APPS_SCRIPT_FACTS.md [C]):
 * cell writes (values, formats, validation) are buffered; a read whose answer they could change
 * commits them first, as do SpreadsheetApp.flush() and the end of the execution. Which reads
 * commit in real Apps Script is not documented [U]; committing only where it shows keeps the most
 * writes at risk when an execution is killed, the worst case crash-safety must survive.
 * Inserting or deleting rows and columns commits pending writes and then applies at once, so
 * writes never land on rows that have moved; other structural changes (tabs, names, frozen rows,
 * protections) apply at once and leave the buffer alone.
 */
export class Gate {
  constructor(readonly ctx: ServiceContext) {}

  /** Counts a call as 'SpreadsheetApp.<method>' (every object of the service reports under that name). */
  call(method: string): void {
    this.ctx.exec.call(`SpreadsheetApp.${method}`);
  }

  /** A read of `cells` cells (0 for metadata): counts it, charges their latency, and commits buffered writes first. */
  read(method: string, cells = 0): void {
    this.call(method);
    this.chargeCells('read', cells);
    this.ctx.exec.flush();
  }

  /** A write to `cells` cells: counts it, charges their latency, and buffers the change until the next read or flush. */
  write(method: string, apply: () => void, cells = 0): void {
    this.call(method);
    this.chargeCells('write', cells);
    this.defer(apply);
  }

  /** The per-cell part of a range call's latency (latency.ts, cellLatency), after the call's own. */
  chargeCells(kind: 'read' | 'write', cells: number): void {
    this.ctx.exec.advance(cellLatency(kind, cells, this.ctx.runtime.latency));
  }

  /** Buffers a change for a write whose call was already counted (and its arguments checked). */
  defer(apply: () => void): void {
    this.ctx.exec.defer(apply);
  }

  /** A change that moves cells: counts it and commits buffered writes, so the caller can apply it now. */
  restructure(method: string): void {
    this.read(method);
  }

  get now(): number {
    return this.ctx.exec.now;
  }
}
