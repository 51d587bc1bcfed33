package org.hashiya.uima.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

import org.hashiya.core.spans.LabeledSpan;

/**
 * Precision, recall and F1 of predicted spans against gold spans, per label and micro-averaged,
 * under two ways of matching: {@link Matching#EXACT} and {@link Matching#OVERLAP}. Build the
 * scores of one article with {@link #compare}, and those of a corpus by {@link #add adding}
 * them up. Instances are immutable.
 */
public final class SpanScores {

	/** When a predicted span counts as finding a gold span; the labels must always be equal. */
	public enum Matching {
		/** Same begin and end. */
		EXACT(LabeledSpan::sameAs),
		/** At least one character in common. */
		OVERLAP((gold, predicted) -> gold.label().equals(predicted.label()) && gold.overlaps(predicted));

		private final BiPredicate<LabeledSpan, LabeledSpan> matches;

		Matching(BiPredicate<LabeledSpan, LabeledSpan> matches) {
			this.matches = matches;
		}
	}

	/**
	 * The counts of one label, or of all labels together.
	 *
	 * @param truePositives  predicted spans that match a gold span
	 * @param falsePositives predicted spans that match none
	 * @param falseNegatives gold spans that no predicted span matches
	 */
	public record Counts(int truePositives, int falsePositives, int falseNegatives) {

		/** No spans at all. */
		public static final Counts NONE = new Counts(0, 0, 0);

		public Counts plus(Counts other) {
			return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives, falseNegatives + other.falseNegatives);
		}

		/** @return the share of predicted spans that are right; 0 when nothing was predicted */
		public double precision() {
			return ratio(truePositives, truePositives + falsePositives);
		}

		/** @return the share of gold spans that were found; 0 when there are none */
		public double recall() {
			return ratio(truePositives, truePositives + falseNegatives);
		}

		/** @return the harmonic mean of precision and recall; 0 when either is 0 */
		public double f1() {
			return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
		}

		private static double ratio(int part, int whole) {
			return whole == 0 ? 0 : (double) part / whole;
		}
	}

	/** No articles compared yet: the start of a sum. */
	public static final SpanScores NONE = new SpanScores(new EnumMap<>(Matching.class));

	/** Per matching, the counts of each label in label order. */
	private final Map<Matching, Map<String, Counts>> counts;

	private SpanScores(Map<Matching, Map<String, Counts>> counts) {
		this.counts = counts;
	}

	/**
	 * Compares the spans of one article. Matching is one to one: each predicted span, in text
	 * order, takes the first gold span it matches that no earlier one took, so two predictions of
	 * one gold span count one true and one false positive.
	 */
	public static SpanScores compare(List<LabeledSpan> gold, List<LabeledSpan> predicted) {
		Map<Matching, Map<String, Counts>> counts = new EnumMap<>(Matching.class);
		List<LabeledSpan> inOrder = predicted.stream().sorted(LabeledSpan.IN_TEXT_ORDER).toList();
		for (Matching matching : Matching.values()) {
			Map<String, Counts> byLabel = new TreeMap<>();
			List<LabeledSpan> unmatched = new ArrayList<>(gold);
			for (LabeledSpan span : inOrder) {
				LabeledSpan found = unmatched.stream().filter(candidate -> matching.matches.test(candidate, span)).findFirst().orElse(null);
				unmatched.remove(found);
				byLabel.merge(span.label(), found == null ? new Counts(0, 1, 0) : new Counts(1, 0, 0), Counts::plus);
			}
			unmatched.forEach(missed -> byLabel.merge(missed.label(), new Counts(0, 0, 1), Counts::plus));
			counts.put(matching, byLabel);
		}
		return new SpanScores(counts);
	}

	/** @return the sum of these scores and {@code other}'s, as if all their articles were compared at once */
	public SpanScores add(SpanScores other) {
		Map<Matching, Map<String, Counts>> sum = new EnumMap<>(Matching.class);
		for (Matching matching : Matching.values()) {
			Map<String, Counts> byLabel = new TreeMap<>(counts.getOrDefault(matching, Map.of()));
			other.counts.getOrDefault(matching, Map.of()).forEach((label, more) -> byLabel.merge(label, more, Counts::plus));
			sum.put(matching, byLabel);
		}
		return new SpanScores(sum);
	}

	/** @return the labels that occur in the gold or the predicted spans, sorted */
	public Set<String> labels() {
		// every span counts under both matchings, so either has all the labels
		return Collections.unmodifiableSet(counts.getOrDefault(Matching.EXACT, Map.of()).keySet());
	}

	/** @return the counts of {@code label}; {@link Counts#NONE} for a label that never occurred */
	public Counts counts(String label, Matching matching) {
		return counts.getOrDefault(matching, Map.of()).getOrDefault(label, Counts.NONE);
	}

	/** @return the counts of all labels summed, whose precision, recall and F1 are the micro averages */
	public Counts micro(Matching matching) {
		return counts.getOrDefault(matching, Map.of()).values().stream().reduce(Counts.NONE, Counts::plus);
	}

	/** @return a table of P, R and F1 (in %) per label and micro-averaged, exact and overlap, one row a line */
	@Override
	public String toString() {
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-8s %5s %5s %5s %5s %5s  %5s %5s %5s%n", "label", "gold", "pred",
				"P", "R", "F1", "oP", "oR", "oF1"));
		labels().forEach(label -> appendRow(table, label, counts(label, Matching.EXACT), counts(label, Matching.OVERLAP)));
		appendRow(table, "micro", micro(Matching.EXACT), micro(Matching.OVERLAP));
		return table.toString();
	}

	private static void appendRow(StringBuilder table, String name, Counts exact, Counts overlap) {
		table.append(String.format(Locale.ROOT, "%-8s %5d %5d %5.1f %5.1f %5.1f  %5.1f %5.1f %5.1f%n", name,
				exact.truePositives() + exact.falseNegatives(), exact.truePositives() + exact.falsePositives(), 100 * exact.precision(),
				100 * exact.recall(), 100 * exact.f1(), 100 * overlap.precision(), 100 * overlap.recall(), 100 * overlap.f1()));
	}
}
