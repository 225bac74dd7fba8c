// Safe cell text and lenient cell reading: student strings stay text; checkboxes and lists read as typed.
import fc from 'fast-check';
import { cellBoolean, cellText, plainTextCell, rewrittenCell, safeCellText, splitList, textCell } from '../../src/core/cells';

describe('safeCellText', () => {
  it.each(['=HYPERLINK("http://evil.example","click")', '+1 555 0100', '-5', '@mention', '=1+1'])('prefixes %s with an apostrophe so Sheets keeps it as text', (text) => {
    expect(safeCellText(text)).toBe(`'${text}`);
  });

  it('leaves other text alone, markup included (the sidebar renders it as text)', () => {
    expect(safeCellText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(safeCellText("O'Brien")).toBe("O'Brien");
    expect(safeCellText('')).toBe('');
  });

  it("reads back exactly from a plain-text cell, which keeps the apostrophe", () => {
    fc.assert(fc.property(fc.string(), (raw) => {
      const text = raw.trim();
      const stored = safeCellText(text);
      expect(stored).not.toMatch(/^[=+\-@]/);
      expect(cellText(stored)).toBe(text);
    }));
  });

  it('reads back exactly from a cell that swallows the apostrophe, unless the text itself starts with one', () => {
    fc.assert(fc.property(fc.string().filter((s) => !s.trim().startsWith("'")), (raw) => {
      const text = raw.trim();
      const stored = safeCellText(text);
      const swallowed = stored.startsWith("'") ? stored.slice(1) : stored;
      expect(cellText(swallowed)).toBe(text);
    }));
  });

  it("quotes text that starts with an apostrophe, which Sheets would swallow", () => {
    expect(safeCellText("'tis the season")).toBe("''tis the season");
    expect(cellText("''tis the season")).toBe("'tis the season");
  });
});

describe('textCell', () => {
  const typed = ['00123', '123', '1,234.5', '-5', '+1', '.5', '1e5', '25%', '$3.50', '2027-01-02', '2027-01-02 10:00', '1/2/2027', '02.01.2027', '9:30', '9:30 pm', 'TRUE', 'false', 'March 2027', '5 Mar 2027', 'Jan 5, 2027'];

  it.each(typed)('quotes %s, which Sheets would turn into a number, date, time or boolean below the plain-text rows', (text) => {
    expect(textCell(text)).toBe(`'${text}`);
  });

  it('leaves ids and words alone, and quotes formulas as safeCellText does', () => {
    for (const text of ['stu-000123', 'res-1', 'Cycle 2027-03-15 09:00', '3D printing', "'80s music", 'May the force', '']) expect(textCell(text)).toBe(safeCellText(text));
    expect(textCell('=1+1')).toBe("'=1+1");
  });

  /** What a cell holds once written: plain-text cells keep what plainTextCell gives; other cells swallow a leading apostrophe. */
  const stored = (text: string) => ({ plain: plainTextCell(textCell(text)), other: textCell(text).replace(/^'/, '') });

  it.each(typed)('reads %s back as the same text from a plain-text cell and from any other cell', (text) => {
    const cell = stored(text);
    expect(cell.plain).toBe(text);
    expect(cellText(cell.plain)).toBe(text);
    expect(cellText(cell.other)).toBe(text);
  });

  it('reads any text back exactly from a plain-text cell, and from another cell unless the text starts with an apostrophe', () => {
    const texts = fc.oneof(fc.string(), fc.stringMatching(/^[0-9.,:/ -]{1,12}$/));
    fc.assert(fc.property(texts, (raw) => {
      const text = raw.trim();
      const cell = stored(text);
      expect(cellText(cell.plain)).toBe(text);
      if (!text.startsWith("'")) expect(cellText(cell.other)).toBe(text);
    }));
  });
});

describe('cellText', () => {
  it('reads any cell as trimmed text', () => {
    expect(cellText('  Ada ')).toBe('Ada');
    expect(cellText(42)).toBe('42');
    expect(cellText(true)).toBe('true');
    expect(cellText(new Date('2026-11-23T05:00:00Z'))).toBe('2026-11-23T05:00:00.000Z');
    expect(cellText(undefined)).toBe('');
  });
});

describe('cellBoolean', () => {
  it('reads checkboxes and what a teacher types for yes or no', () => {
    expect(cellBoolean(true, false)).toBe(true);
    expect(cellBoolean('Yes', false)).toBe(true);
    expect(cellBoolean('x', false)).toBe(true);
    expect(cellBoolean('FALSE', true)).toBe(false);
    expect(cellBoolean(0, true)).toBe(false);
    expect(cellBoolean('', true)).toBe(true);
    expect(cellBoolean('maybe', false)).toBe(false);
  });
});

describe('splitList', () => {
  it('splits on commas, semicolons and new lines, trimming and dropping repeats', () => {
    expect(splitList(' robotics, Music;music\n chess ,,')).toEqual(['robotics', 'Music', 'chess']);
    expect(splitList('')).toEqual([]);
  });

  it("keeps an entry's own leading apostrophe: the text was unquoted once already", () => {
    expect(splitList("'', '=x")).toEqual(["''", "'=x"]);
  });
});

describe('rewrittenCell', () => {
  it('writes back text read from either kind of cell so that it reads the same again, never as a formula', () => {
    expect(rewrittenCell('=1+1')).toBe("'=1+1");
    expect(rewrittenCell("'=1+1")).toBe("'=1+1");
    expect(cellText(rewrittenCell("''"))).toBe(cellText("''"));
    expect(rewrittenCell('stu-1')).toBe('stu-1');
    expect([rewrittenCell('00123'), rewrittenCell("'00123")]).toEqual(["'00123", "'00123"]);
    const date = new Date('2026-11-20T15:00:00Z');
    expect([rewrittenCell(date), rewrittenCell(42), rewrittenCell(false)]).toEqual([date, 42, false]);
  });
});

describe('plainTextCell', () => {
  it('drops the quote a plain-text cell would show, unless reading needs it, so every text reads back as written', () => {
    for (const text of ['- asked about hiking club', '=1+1', "'quoted' on purpose", "'=x", "''", "'", '@home', 'plain']) {
      const stored = plainTextCell(safeCellText(text));
      expect(cellText(stored)).toBe(text);
      if (!/^'[=+\-@']/.test(text)) expect(stored).toBe(text);
    }
  });
});
