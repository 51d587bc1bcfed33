package org.hashiya.uima.suggest.pattern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.Suggester;

/**
 * Scans the tokens from left to right and, at each token and each of its proclitic readings, tries
 * the patterns of the project's labels; the first match is kept and the scan goes on after it.
 */
final class PatternSuggester implements Suggester {

	/** In the order they are tried: a year is a date before it is a number, 25% a percentage. */
	private static final Map<String, TokenPattern> PATTERNS = new LinkedHashMap<>();

	static {
		PATTERNS.put("DATE", DatePattern::match);
		PATTERNS.put("PERCENT", NumberPattern::percent);
		PATTERNS.put("NUMBER", NumberPattern::number);
	}

	private final Map<String, TokenPattern> patterns = new LinkedHashMap<>();

	PatternSuggester(Collection<String> labels) {
		PATTERNS.forEach((label, pattern) -> {
			if (labels.contains(label)) {
				patterns.put(label, pattern);
			}
		});
	}

	@Override
	public String source() {
		return PatternSuggesterProvider.SOURCE;
	}

	@Override
	public List<LabeledSpan> suggest(AnalyzedText text) {
		List<LabeledSpan> suggestions = new ArrayList<>();
		int token = 0;
		while (token < text.tokenCount()) {
			token = matchAt(text, token, suggestions);
		}
		return suggestions;
	}

	/** @return the token after the match at {@code token}, added to {@code suggestions}, or the next token if none */
	private int matchAt(AnalyzedText text, int token, List<LabeledSpan> suggestions) {
		for (AnalyzedText.Reading reading : text.readings(token)) {
			Tokens tokens = new Tokens(text, token, reading);
			for (Map.Entry<String, TokenPattern> pattern : patterns.entrySet()) {
				TokenPattern.Match match = pattern.getValue().match(tokens, token);
				if (match != null) {
					suggestions.add(LabeledSpan.suggested(tokens.begin(), text.end(match.end() - 1), pattern.getKey(), match.score(), source()));
					return match.end();
				}
			}
		}
		return token + 1;
	}
}
