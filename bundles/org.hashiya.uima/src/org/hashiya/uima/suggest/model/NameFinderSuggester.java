package org.hashiya.uima.suggest.model;

import java.util.ArrayList;
import java.util.List;

import org.hashiya.core.editing.Range;
import org.hashiya.core.editing.SpanSnapping;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.Suggester;

/**
 * Suggests the names a trained OpenNLP name finder model finds ({@link NameDecoder}), sentence by
 * sentence, snapped to the gold span convention (no proclitic at the start) and scored with the
 * finder's probability.
 */
final class NameFinderSuggester implements Suggester {

	private final NameDecoder finder;
	private final Suggester gazetteer;
	/** The snapping for the training articles, whose words tell proclitics from first letters of names. */
	private final SpanSnapping trainingSnapping;

	NameFinderSuggester(NameDecoder finder, Suggester gazetteer, List<String> trainingTexts) {
		this.finder = finder;
		this.gazetteer = gazetteer;
		this.trainingSnapping = SpanSnapping.forTexts(trainingTexts);
	}

	@Override
	public String source() {
		return NameFinderSuggesterProvider.SOURCE;
	}

	@Override
	public List<LabeledSpan> suggest(AnalyzedText text) {
		SpanSnapping snapping = trainingSnapping.withWordsOf(text.text());
		TokenizedArticle article = TokenizedArticle.of(text, gazetteer);
		List<LabeledSpan> suggestions = new ArrayList<>();
		for (int sentence = 0; sentence < article.sentenceCount(); sentence++) {
			for (NameDecoder.Name name : finder.find(article.tokens(sentence), article.context(sentence))) {
				int first = article.firstToken(sentence) + name.span().getStart();
				int last = article.firstToken(sentence) + name.span().getEnd() - 1;
				Range snapped = snapping.snap(text.text(), text.begin(first), text.end(last));
				if (!snapped.isEmpty()) {
					suggestions.add(LabeledSpan.suggested(snapped.begin(), snapped.end(), name.span().getType(), name.probability(), source()));
				}
			}
		}
		return suggestions;
	}
}
