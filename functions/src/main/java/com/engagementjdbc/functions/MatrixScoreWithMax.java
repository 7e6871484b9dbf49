package com.engagementjdbc.functions;

/**
 * MATRIX_SCORE(score, weight, max_score) = 100 * SUM(weight * score / max_score) / SUM(weight). A NULL max_score
 * on a row means 5; a max_score that is not positive leaves the row out, as do a NULL score and a NULL or
 * negative weight. NULL when no row counts or the weights sum to 0.
 */
public final class MatrixScoreWithMax {
  public MatrixScore.Sums init() {
    return new MatrixScore.Sums();
  }

  public MatrixScore.Sums add(MatrixScore.Sums sums, Double score, Double weight, Double maxScore) {
    if (score == null || weight == null) {
      return sums;
    }
    return addValues(sums, score, weight, maxScore == null ? MatrixScore.DEFAULT_MAX_SCORE : maxScore);
  }

  /** {@link #add} for a row without NULL, its values unboxed. */
  public MatrixScore.Sums addValues(MatrixScore.Sums sums, double score, double weight, double maxScore) {
    sums.add(score, weight, maxScore);
    return sums;
  }

  public MatrixScore.Sums merge(MatrixScore.Sums a, MatrixScore.Sums b) {
    return a.merge(b);
  }

  public Double result(MatrixScore.Sums sums) {
    return sums.result();
  }
}
