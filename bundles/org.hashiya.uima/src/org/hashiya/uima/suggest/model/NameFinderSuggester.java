package org.hashiya.uima.suggest.model;

import java.util.ArrayList;
import java.util.List;

import org.hashiya.core.editing.Range;
import org.hashiya.core.editing.SpanSnapping;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.Suggester;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Suggests the names a trained OpenNLP name finder finds, sentence by sentence, snapped to the
 * gold span convention (no proclitic at the start) and scored with the finder's probability.
 */
final class NameFinderSuggester implements Suggester {

	private final NameFinderME finder;
	private final Suggester gazetteer;
	/** The training articles, whose words tell proclitics from first letters of names. */
	private final List<String> trainingTexts;

	NameFinderSuggester(NameFinderME finder, Suggester gazetteer, List<String> trainingTexts) {
		this.finder = finder;
		this.gazetteer = gazetteer;
		this.trainingTexts = trainingTexts;
	}

	@Override
	public String source() {
		return NameFinderSuggesterProvider.SOURCE;
	}

	@Override
	public List<LabeledSpan> suggest(AnalyzedText text) {
		List<String> texts = new ArrayList<>(trainingTexts);
		texts.add(text.text());
		SpanSnapping snapping = SpanSnapping.forTexts(texts);
		TokenizedArticle article = TokenizedArticle.of(text, gazetteer);
		List<LabeledSpan> suggestions = new ArrayList<>();
		finder.clearAdaptiveData();
		for (int sentence = 0; sentence < article.sentenceCount(); sentence++) {
			Span[] names = finder.find(article.tokens(sentence), article.context(sentence));
			double[] probabilities = finder.probs(names);
			for (int index = 0; index < names.length; index++) {
				int first = article.firstToken(sentence) + names[index].getStart();
				int last = article.firstToken(sentence) + names[index].getEnd() - 1;
				Range snapped = snapping.snap(text.text(), text.begin(first), text.end(last));
				if (!snapped.isEmpty()) {
					suggestions.add(LabeledSpan.suggested(snapped.begin(), snapped.end(), names[index].getType(), probabilities[index], source()));
				}
			}
		}
		return suggestions;
	}
}
