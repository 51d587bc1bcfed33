package org.hashiya.uima.suggest.gazetteer;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.Suggester;
import org.hashiya.uima.suggest.SuggesterProvider;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.SuggestionPipeline;

/**
 * Suggests what annotators already labeled wherever it occurs again, in any article: each
 * accepted span's text (by its token keys, so other spellings and proclitics match too) with the
 * label it was given most often, scored by that label's share of its spans.
 */
public final class CorpusMemorySuggesterProvider implements SuggesterProvider {

	public static final String SOURCE = "memory";
	/** Fewer letters or digits than this is a stray letter or punctuation, not a name worth repeating. */
	private static final int MIN_CHARACTERS = 2;

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public Suggester create(SuggestionContext context) throws IOException {
		Map<List<String>, Map<String, Integer>> labelCounts = new HashMap<>();
		try (SuggestionPipeline tokenizer = SuggestionPipeline.of(List.of())) {
			for (LabeledText article : context.accepted()) {
				context.checkCanceled();
				AnalyzedText analyzed = tokenizer.analyze(article.text());
				for (LabeledSpan span : article.spans()) {
					if (context.labels().contains(span.label())) {
						PhraseMatcher.keys(analyzed, span.begin(), span.end()).filter(CorpusMemorySuggesterProvider::isWorthRemembering)
								// A tree map, so that a tie between labels goes the same way every time.
								.ifPresent(keys -> labelCounts.computeIfAbsent(keys, any -> new TreeMap<>()).merge(span.label(), 1, Integer::sum));
					}
				}
			}
		}
		PhraseMatcher matcher = new PhraseMatcher();
		labelCounts.forEach((keys, counts) -> {
			Map.Entry<String, Integer> top = Collections.max(counts.entrySet(), Map.Entry.comparingByValue());
			double total = counts.values().stream().mapToInt(Integer::intValue).sum();
			matcher.add(keys, top.getKey(), top.getValue() / total);
		});
		return new PhraseSuggester(SOURCE, matcher);
	}

	private static boolean isWorthRemembering(List<String> keys) {
		return keys.stream().flatMapToInt(String::chars).filter(Character::isLetterOrDigit).count() >= MIN_CHARACTERS;
	}
}
