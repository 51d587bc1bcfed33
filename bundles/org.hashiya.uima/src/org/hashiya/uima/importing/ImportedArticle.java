package org.hashiya.uima.importing;

import java.util.List;

/**
 * An article as a reader found it.
 *
 * @param id      its name in the project (the {@code .txt} file name without extension)
 * @param spans   in any order; checked against the text before anything is written
 * @param labeled whether the source holds someone's labeling of it (possibly no spans at all), or only its text
 */
record ImportedArticle(String id, String text, List<ImportedSpan> spans, boolean labeled, Place place) {

	static ImportedArticle textOnly(String id, String text, Place place) {
		return new ImportedArticle(id, text, List.of(), false, place);
	}
}
