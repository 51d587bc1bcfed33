package org.hashiya.uima.suggest.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.uima.suggest.SpanScores;
import org.hashiya.uima.suggest.Suggester;
import org.hashiya.uima.suggest.SuggesterProvider;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.SuggestionPipeline;

/**
 * Measures how well a learning suggester, such as the {@link NameFinderSuggesterProvider name
 * finder}, generalises: it learns from some annotated articles and its suggestions for others are
 * scored against their spans. Only spans of the given labels count, on both sides.
 */
public final class CrossValidation {

	private CrossValidation() {
	}

	/** @return the scores of the suggestions for {@code test} made by a suggester trained on {@code training} */
	public static SpanScores heldOut(SuggesterProvider provider, List<String> labels, List<LabeledText> training, List<LabeledText> test)
			throws IOException {
		Suggester suggester = provider.create(SuggestionContext.of(labels, training));
		SpanScores scores = SpanScores.NONE;
		// Through the pipeline, which keeps one of overlapping proposals, as the annotator sees them.
		try (SuggestionPipeline pipeline = SuggestionPipeline.of(List.of(suggester))) {
			for (LabeledText article : test) {
				List<LabeledSpan> suggested = pipeline.suggest(article.text(), List.of(), List.of());
				scores = scores.add(SpanScores.compare(ofLabels(article.spans(), labels), ofLabels(suggested, labels)));
			}
		}
		return scores;
	}

	private static List<LabeledSpan> ofLabels(List<LabeledSpan> spans, List<String> labels) {
		return spans.stream().filter(span -> labels.contains(span.label())).toList();
	}

	/**
	 * Splits the articles into {@code folds} folds (article {@code i} into fold {@code i % folds}),
	 * and tests on each fold what was learnt from the others; {@code folds == articles.size()} is
	 * leave-one-out.
	 *
	 * @return the scores of all folds summed
	 * @throws IllegalArgumentException unless {@code 2 <= folds <= articles.size()}
	 */
	public static SpanScores kFold(SuggesterProvider provider, List<String> labels, List<LabeledText> articles, int folds) throws IOException {
		if (folds < 2 || folds > articles.size()) {
			throw new IllegalArgumentException("Cannot split " + articles.size() + " articles into " + folds + " folds");
		}
		SpanScores scores = SpanScores.NONE;
		for (int fold = 0; fold < folds; fold++) {
			List<LabeledText> training = new ArrayList<>();
			List<LabeledText> test = new ArrayList<>();
			for (int index = 0; index < articles.size(); index++) {
				(index % folds == fold ? test : training).add(articles.get(index));
			}
			scores = scores.add(heldOut(provider, labels, training, test));
		}
		return scores;
	}
}
