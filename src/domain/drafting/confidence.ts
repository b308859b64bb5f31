/** A confidence (0–1) to two decimals, as drafts carry it. */
export const round = (x: number) => Math.round(x * 100) / 100;
