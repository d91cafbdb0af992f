// The linear solve the learning scripts share (ridge regressions and Newton steps).

/** Solves matrix · x = vector by Gaussian elimination with partial pivoting (the systems here are a few dozen unknowns). */
export function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const rows = matrix.map((row, index) => [...row, vector[index] ?? 0]);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(rows[row]?.[column] ?? 0) > Math.abs(rows[pivot]?.[column] ?? 0)) pivot = row;
    }
    const pivotRow = rows[pivot];
    const currentRow = rows[column];
    if (!pivotRow || !currentRow) continue;
    rows[pivot] = currentRow;
    rows[column] = pivotRow;
    const divisor = pivotRow[column] ?? 1;
    for (let row = 0; row < size; row += 1) {
      const target = rows[row];
      if (row === column || !target) continue;
      const factor = (target[column] ?? 0) / divisor;
      for (let k = column; k <= size; k += 1) target[k] = (target[k] ?? 0) - factor * (pivotRow[k] ?? 0);
    }
  }
  return rows.map((row, index) => (row[size] ?? 0) / (row[index] || 1));
}
