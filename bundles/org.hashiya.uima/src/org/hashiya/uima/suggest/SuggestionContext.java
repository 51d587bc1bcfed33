package org.hashiya.uima.suggest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.hashiya.core.spans.LabeledText;

/**
 * What a {@link SuggesterProvider} builds its suggester from.
 *
 * @param labels      the label names suggestions may carry
 * @param accepted    articles with the spans annotators labeled or accepted, to learn from
 * @param gazetteers  the project's folder of gazetteer files ({@code LABEL.txt}), if it has one
 * @param canceled    tells long work (training) to stop
 */
public record SuggestionContext(List<String> labels, List<LabeledText> accepted, Optional<Path> gazetteers, BooleanSupplier canceled) {

	public SuggestionContext {
		labels = List.copyOf(labels);
		accepted = List.copyOf(accepted);
	}

	/** A context for learning from {@code accepted}, without gazetteer files, that is never canceled. */
	public static SuggestionContext of(List<String> labels, List<LabeledText> accepted) {
		return new SuggestionContext(labels, accepted, Optional.empty(), () -> false);
	}

	/** @return the same context, canceled by {@code canceled} instead, e.g. a job's progress monitor */
	public SuggestionContext canceledBy(BooleanSupplier canceled) {
		return new SuggestionContext(labels, accepted, gazetteers, canceled);
	}

	/** @throws CancellationException when the work was canceled */
	public void checkCanceled() {
		if (canceled.getAsBoolean()) {
			throw new CancellationException("Canceled");
		}
	}
}
