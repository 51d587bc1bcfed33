package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.suggest.SpanScores;
import org.hashiya.uima.suggest.SpanScores.Counts;
import org.hashiya.uima.suggest.SpanScores.Matching;
import org.junit.jupiter.api.Test;

class SpanScoresTest {

	private static final List<LabeledSpan> GOLD = List.of(LabeledSpan.of(0, 5, "LOC"), LabeledSpan.of(10, 15, "LOC"), LabeledSpan.of(20, 30, "PER"),
			LabeledSpan.of(40, 50, "ORG"));
	/** One exact LOC, one LOC that only overlaps, one right place with the wrong label, one made up. */
	private static final List<LabeledSpan> PREDICTED = List.of(LabeledSpan.suggested(60, 65, "DATE", 0.5, "model"),
			LabeledSpan.suggested(0, 5, "LOC", 0.9, "model"), LabeledSpan.suggested(9, 15, "LOC", 0.8, "model"),
			LabeledSpan.suggested(20, 30, "ORG", 0.7, "model"));

	@Test
	void exactMatchingNeedsTheSameOffsetsAndLabel() {
		SpanScores scores = SpanScores.compare(GOLD, PREDICTED);

		assertEquals(new Counts(1, 1, 1), scores.counts("LOC", Matching.EXACT));
		assertEquals(new Counts(0, 0, 1), scores.counts("PER", Matching.EXACT));
		assertEquals(new Counts(0, 1, 1), scores.counts("ORG", Matching.EXACT));
		assertEquals(new Counts(0, 1, 0), scores.counts("DATE", Matching.EXACT));
		assertEquals(new Counts(1, 3, 3), scores.micro(Matching.EXACT));
		assertEquals(0.25, scores.micro(Matching.EXACT).precision(), 1e-9);
		assertEquals(0.25, scores.micro(Matching.EXACT).recall(), 1e-9);
		assertEquals(0.25, scores.micro(Matching.EXACT).f1(), 1e-9);
		assertEquals(0.5, scores.counts("LOC", Matching.EXACT).f1(), 1e-9);
	}

	@Test
	void overlapMatchingNeedsOneSharedCharacterAndTheSameLabel() {
		SpanScores scores = SpanScores.compare(GOLD, PREDICTED);

		assertEquals(new Counts(2, 0, 0), scores.counts("LOC", Matching.OVERLAP));
		assertEquals(new Counts(0, 1, 1), scores.counts("ORG", Matching.OVERLAP));
		assertEquals(new Counts(2, 2, 2), scores.micro(Matching.OVERLAP));
		assertEquals(0.5, scores.micro(Matching.OVERLAP).f1(), 1e-9);
		assertEquals(List.of("DATE", "LOC", "ORG", "PER"), List.copyOf(scores.labels()));
	}

	@Test
	void aGoldSpanIsFoundOnlyOnce() {
		List<LabeledSpan> twice = List.of(LabeledSpan.of(10, 13, "LOC"), LabeledSpan.of(12, 15, "LOC"));

		SpanScores scores = SpanScores.compare(List.of(LabeledSpan.of(10, 15, "LOC")), twice);

		assertEquals(new Counts(1, 1, 0), scores.counts("LOC", Matching.OVERLAP));
		assertEquals(new Counts(0, 2, 1), scores.counts("LOC", Matching.EXACT));
	}

	@Test
	void addedScoresCountAsOneComparison() {
		SpanScores first = SpanScores.compare(GOLD, PREDICTED);
		SpanScores second = SpanScores.compare(List.of(LabeledSpan.of(0, 4, "PER")), List.of(LabeledSpan.of(0, 4, "PER")));

		SpanScores sum = SpanScores.NONE.add(first).add(second);

		assertEquals(new Counts(1, 0, 1), sum.counts("PER", Matching.EXACT));
		assertEquals(new Counts(2, 3, 3), sum.micro(Matching.EXACT));
		assertEquals(0.4, sum.micro(Matching.EXACT).f1(), 1e-9);
		assertEquals(new Counts(1, 1, 1), first.counts("LOC", Matching.EXACT), "adding leaves the parts alone");
	}

	@Test
	void nothingToCompareScoresZeroWithoutDividingByZero() {
		assertEquals(Counts.NONE, SpanScores.NONE.micro(Matching.EXACT));
		assertEquals(0, SpanScores.NONE.micro(Matching.EXACT).f1());
		assertEquals(Counts.NONE, SpanScores.compare(GOLD, PREDICTED).counts("EVENT", Matching.OVERLAP));
		assertEquals(0, SpanScores.compare(GOLD, List.of()).micro(Matching.EXACT).precision());
	}
}
