package com.engagementjdbc.trino.function;

import com.engagementjdbc.functions.MatrixScore;
import com.engagementjdbc.functions.MatrixScoreWithMax;
import io.trino.spi.block.BlockBuilder;
import io.trino.spi.block.ValueBlock;
import io.trino.spi.function.AggregationFunction;
import io.trino.spi.function.AggregationState;
import io.trino.spi.function.BlockIndex;
import io.trino.spi.function.BlockPosition;
import io.trino.spi.function.CombineFunction;
import io.trino.spi.function.InputFunction;
import io.trino.spi.function.OutputFunction;
import io.trino.spi.function.SqlNullable;
import io.trino.spi.function.SqlType;
import io.trino.spi.type.StandardTypes;

/**
 * MATRIX_SCORE(score, weight) and MATRIX_SCORE(score, weight, max_score): {@link MatrixScore} and
 * {@link MatrixScoreWithMax}, which share their sums, over Trino's state.
 */
@AggregationFunction("matrix_score")
public final class MatrixScoreAggregation {
  private static final MatrixScore SCORE = new MatrixScore();
  private static final MatrixScoreWithMax SCORE_WITH_MAX = new MatrixScoreWithMax();

  private MatrixScoreAggregation() {
  }

  @InputFunction
  public static void input(@AggregationState SumsState state,
      @SqlNullable @BlockPosition @SqlType(StandardTypes.DOUBLE) ValueBlock score,
      @BlockIndex int scorePosition,
      @SqlNullable @BlockPosition @SqlType(StandardTypes.DOUBLE) ValueBlock weight,
      @BlockIndex int weightPosition) {
    store(state, SCORE.add(load(state), Doubles.read(score, scorePosition), Doubles.read(weight, weightPosition)));
  }

  @InputFunction
  public static void input(@AggregationState SumsState state,
      @SqlNullable @BlockPosition @SqlType(StandardTypes.DOUBLE) ValueBlock score,
      @BlockIndex int scorePosition,
      @SqlNullable @BlockPosition @SqlType(StandardTypes.DOUBLE) ValueBlock weight,
      @BlockIndex int weightPosition,
      @SqlNullable @BlockPosition @SqlType(StandardTypes.DOUBLE) ValueBlock maxScore,
      @BlockIndex int maxScorePosition) {
    store(state, SCORE_WITH_MAX.add(load(state), Doubles.read(score, scorePosition), Doubles.read(weight, weightPosition), Doubles.read(maxScore, maxScorePosition)));
  }

  @CombineFunction
  public static void combine(@AggregationState SumsState state, @AggregationState SumsState other) {
    store(state, SCORE.merge(load(state), load(other)));
  }

  @OutputFunction(StandardTypes.DOUBLE)
  public static void output(@AggregationState SumsState state, BlockBuilder out) {
    Doubles.write(SCORE.result(load(state)), out);
  }

  private static MatrixScore.Sums load(SumsState state) {
    return new MatrixScore.Sums(state.getNumerator(), state.getDenominator(), state.isAny());
  }

  private static void store(SumsState state, MatrixScore.Sums sums) {
    state.setNumerator(sums.weighted());
    state.setDenominator(sums.weights());
    state.setAny(sums.any());
  }
}
