package org.hashiya.uima.suggest.gazetteer;

import java.util.List;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.Suggester;

/** Suggests the phrases a {@link PhraseMatcher} finds; the matcher is not changed once built. */
record PhraseSuggester(String source, PhraseMatcher matcher) implements Suggester {

	@Override
	public List<LabeledSpan> suggest(AnalyzedText text) {
		return matcher.find(text, source);
	}
}
