import { useRef, type FocusEvent, type KeyboardEvent } from 'react';

/** What the grid's inputs carry so that the keyboard can move between them. */
export interface GridCellData {
  /** `row:column`, both 0-based over the editable cells. */
  readonly 'data-cell': string;
}

/** The attributes that place an input in the grid. */
export function gridCell(row: number, column: number): GridCellData {
  return { 'data-cell': `${row}:${column}` };
}

/** Puts back what a cell held when it got focus (Escape). */
export type CancelEdit = (
  input: HTMLInputElement,
  original: { value: string; checked: boolean },
) => void;

/**
 * Spreadsheet keys for a table of inputs: arrows move between cells (left and right only from
 * the ends of the text), Enter moves down (Shift+Enter up), Tab moves as usual, and Escape puts
 * back what the cell held when it got focus. Put the handlers on the `<table>`.
 */
export function useGridKeys(cancel: CancelEdit) {
  const original = useRef<{ value: string; checked: boolean }>({ value: '', checked: false });

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.dataset.cell) {
      original.current = { value: input.value, checked: input.checked };
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.cell) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const [row = 0, column = 0] = input.dataset.cell.split(':').map(Number);
    const text = input.type !== 'checkbox';
    const atStart = !text || (input.selectionStart === 0 && input.selectionEnd === 0);
    const atEnd =
      !text ||
      (input.selectionStart === input.value.length && input.selectionEnd === input.value.length);
    let to: [number, number] | undefined;
    if (event.key === 'ArrowUp') to = [row - 1, column];
    else if (event.key === 'ArrowDown') to = [row + 1, column];
    else if (event.key === 'Enter') to = [row + (event.shiftKey ? -1 : 1), column];
    else if (event.key === 'ArrowLeft' && atStart) to = [row, column - 1];
    else if (event.key === 'ArrowRight' && atEnd) to = [row, column + 1];
    else if (event.key === 'Escape') {
      event.preventDefault();
      cancel(input, original.current);
      return;
    }
    if (!to) return;
    const next = event.currentTarget.querySelector<HTMLInputElement>(
      `[data-cell="${to[0]}:${to[1]}"]`,
    );
    if (event.key === 'Enter') event.preventDefault();
    if (!next) return;
    event.preventDefault();
    next.focus();
    if (next.type !== 'checkbox') next.select();
  };

  return { onFocus, onKeyDown };
}
