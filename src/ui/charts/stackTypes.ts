/** The data of a stacked column chart, shared by the columns and their legend. */
export interface Series {
  key: string;
  label: string;
  colour: string;
  total: number;
  /** Clickable series set a filter; the grouped "other" series is not. */
  selectable: boolean;
  selected: boolean;
}

export interface StackRow {
  key: string;
  label: string;
  values: Record<string, number>;
  total: number;
}
