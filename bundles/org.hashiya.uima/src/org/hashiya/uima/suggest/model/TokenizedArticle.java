package org.hashiya.uima.suggest.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.Suggester;

/**
 * An analysed article as OpenNLP's name finder takes it: sentence by sentence, the texts of our
 * tokens, and as OpenNLP's additional context the labels of the gazetteer matches each token is
 * part of ({@code gaz=LOC}).
 */
final class TokenizedArticle {

	private static final String[] NO_CONTEXT = {};

	private final AnalyzedText text;
	/** The first token of each sentence, and the token count at the end. */
	private final int[] sentenceStarts;
	private final String[][] context;

	private TokenizedArticle(AnalyzedText text, int[] sentenceStarts, String[][] context) {
		this.text = text;
		this.sentenceStarts = sentenceStarts;
		this.context = context;
	}

	static TokenizedArticle of(AnalyzedText text, Suggester gazetteer) {
		int count = text.tokenCount();
		List<Integer> starts = new ArrayList<>();
		for (int token = 0; token < count; token++) {
			if (token == 0 || text.sentence(token) != text.sentence(token - 1)) {
				starts.add(token);
			}
		}
		starts.add(count);
		String[][] context = new String[count][];
		Arrays.fill(context, NO_CONTEXT);
		for (LabeledSpan match : gazetteer.suggest(text)) {
			for (int token = text.tokenAt(match.begin()); token < count && text.begin(token) < match.end(); token++) {
				String mark = "gaz=" + match.label();
				if (!Arrays.asList(context[token]).contains(mark)) {
					context[token] = append(context[token], mark);
				}
			}
		}
		return new TokenizedArticle(text, starts.stream().mapToInt(Integer::intValue).toArray(), context);
	}

	private static String[] append(String[] marks, String mark) {
		String[] longer = Arrays.copyOf(marks, marks.length + 1);
		longer[marks.length] = mark;
		return longer;
	}

	AnalyzedText text() {
		return text;
	}

	int sentenceCount() {
		return sentenceStarts.length - 1;
	}

	/** @return the index of the sentence's first token in the article */
	int firstToken(int sentence) {
		return sentenceStarts[sentence];
	}

	/** @return the index of the sentence that holds {@code token} */
	int sentenceOf(int token) {
		int found = Arrays.binarySearch(sentenceStarts, token);
		return found >= 0 ? found : -found - 2;
	}

	/** @return the texts of the sentence's tokens */
	String[] tokens(int sentence) {
		String[] tokens = new String[sentenceStarts[sentence + 1] - sentenceStarts[sentence]];
		for (int index = 0; index < tokens.length; index++) {
			int token = sentenceStarts[sentence] + index;
			tokens[index] = text.text().substring(text.begin(token), text.end(token));
		}
		return tokens;
	}

	/** @return the gazetteer marks of the sentence's tokens, one array per token */
	String[][] context(int sentence) {
		return Arrays.copyOfRange(context, sentenceStarts[sentence], sentenceStarts[sentence + 1]);
	}
}
