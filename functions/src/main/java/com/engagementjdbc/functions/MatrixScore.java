package com.engagementjdbc.functions;

/**
 * MATRIX_SCORE(score, weight) = 100 * SUM(weight * score / 5) / SUM(weight): the weighted mean of the scores on
 * a 0..100 scale, for scores out of 5. Rows with a NULL score, or a NULL or negative weight, are left out; NULL
 * when no row counts or the weights sum to 0. {@link MatrixScoreWithMax} takes another maximum score.
 */
public final class MatrixScore {
  /** The default maximum score of an axis. */
  public static final double DEFAULT_MAX_SCORE = 5;

  /**
   * Running weighted sums. Their three values are public so that an engine that keeps an accumulator's state itself
   * (Trino serialises it between workers) can hold them and hand them back.
   */
  public static final class Sums {
    double weighted;
    double weights;
    boolean any;

    public Sums() {
    }

    public Sums(double weighted, double weights, boolean any) {
      this.weighted = weighted;
      this.weights = weights;
      this.any = any;
    }

    /** SUM(weight * score / max_score) so far. */
    public double weighted() {
      return weighted;
    }

    public double weights() {
      return weights;
    }

    /** Whether a row counted. */
    public boolean any() {
      return any;
    }

    void add(double score, double weight, double maxScore) {
      if (!Double.isFinite(score) || !Double.isFinite(weight) || weight < 0 || !(maxScore > 0)) {
        return;
      }
      weighted += weight * score / maxScore;
      weights += weight;
      any = true;
    }

    Sums merge(Sums other) {
      weighted += other.weighted;
      weights += other.weights;
      any |= other.any;
      return this;
    }

    Double result() {
      return any && weights > 0 ? 100 * weighted / weights : null;
    }
  }

  public Sums init() {
    return new Sums();
  }

  public Sums add(Sums sums, Double score, Double weight) {
    return score == null || weight == null ? sums : addValues(sums, score, weight);
  }

  /** {@link #add} for a row without NULL, its values unboxed. */
  public Sums addValues(Sums sums, double score, double weight) {
    sums.add(score, weight, DEFAULT_MAX_SCORE);
    return sums;
  }

  public Sums merge(Sums a, Sums b) {
    return a.merge(b);
  }

  public Double result(Sums sums) {
    return sums.result();
  }
}
