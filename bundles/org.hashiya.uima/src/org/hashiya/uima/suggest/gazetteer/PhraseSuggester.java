package org.hashiya.uima.suggest.gazetteer;

import java.util.List;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.Suggester;

/**
 * Suggests the phrases a {@link PhraseMatcher} finds; the matcher is not changed once built. The
 * suggestions for a text are found once, however many ask for them (an unmodifiable list).
 */
record PhraseSuggester(String source, PhraseMatcher matcher) implements Suggester {

	@Override
	public List<LabeledSpan> suggest(AnalyzedText text) {
		return text.shared(this, analyzed -> List.copyOf(matcher.find(analyzed, source)));
	}
}
