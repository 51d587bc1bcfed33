package org.hashiya.core.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hashiya.core.spans.LabeledSpan;

/**
 * A second annotator made from gold spans: each span is perturbed with the given probability,
 * a third of them dropped, a third with a boundary moved and a third relabeled. The random draws
 * do not depend on the probability, so a larger one perturbs a superset of the same spans in the
 * same ways.
 */
final class PerturbedSpans {

	private static final List<String> LABELS = List.of("PER", "ORG", "LOC", "DATE");

	private PerturbedSpans() {
	}

	static List<LabeledSpan> of(List<LabeledSpan> gold, double probability, long seed) {
		Random random = new Random(seed);
		List<LabeledSpan> perturbed = new ArrayList<>();
		for (LabeledSpan span : gold) {
			double chance = random.nextDouble();
			double kind = random.nextDouble();
			if (chance >= probability) {
				perturbed.add(span);
			} else if (kind < 2.0 / 3) {
				perturbed.add(kind < 1.0 / 3 ? moved(span) : relabeled(span));
			}
		}
		return perturbed;
	}

	/** The start two characters later (a span too short for that is relabeled instead). */
	private static LabeledSpan moved(LabeledSpan span) {
		return span.length() > 2 ? LabeledSpan.of(span.begin() + 2, span.end(), span.label()) : relabeled(span);
	}

	private static LabeledSpan relabeled(LabeledSpan span) {
		int index = LABELS.indexOf(span.label());
		return LabeledSpan.of(span.begin(), span.end(), LABELS.get((index + 1) % LABELS.size()));
	}
}
