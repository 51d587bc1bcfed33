package org.hashiya.uima.export;

import java.util.Optional;
import java.util.Set;

/**
 * What goes out of an {@link ExportSource}.
 *
 * @param annotator    whose spans; empty for the source's {@link ExportSource#defaultAnnotator() default}
 * @param finishedOnly only the articles the annotator marked finished, rather than all
 * @param labels       the labels to keep; empty for all
 */
public record ExportSelection(Optional<String> annotator, boolean finishedOnly, Set<String> labels) {

	public ExportSelection {
		labels = Set.copyOf(labels);
	}

	/** @return every article, every label, of the default annotator */
	public static ExportSelection all() {
		return new ExportSelection(Optional.empty(), false, Set.of());
	}
}
