package org.hashiya.uima.suggest.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.Suggester;

/**
 * An analysed article as OpenNLP's name finder takes it: sentence by sentence, the texts of our
 * tokens, and as OpenNLP's additional context the labels of the gazetteer matches each token is
 * part of ({@code gaz=LOC}). The additional context, rather than a feature generator, because it
 * is the one way to hand the finder what only the whole article shows; OpenNLP makes features of
 * it for the token and its neighbours, in training and in finding alike.
 */
final class TokenizedArticle {

	private static final String[] NO_MARKS = {};

	private final AnalyzedText text;
	/** The first token of each sentence, and the token count at the end. */
	private final int[] sentenceStarts;
	/** The gazetteer marks of each token, sorted; most tokens have none. */
	private final String[][] marks;

	private TokenizedArticle(AnalyzedText text, int[] sentenceStarts, String[][] marks) {
		this.text = text;
		this.sentenceStarts = sentenceStarts;
		this.marks = marks;
	}

	static TokenizedArticle of(AnalyzedText text, Suggester gazetteer) {
		int count = text.tokenCount();
		int[] starts = new int[count + 1];
		int sentences = 0;
		for (int token = 0; token < count; token++) {
			if (token == 0 || text.sentence(token) != text.sentence(token - 1)) {
				starts[sentences++] = token;
			}
		}
		starts[sentences] = count;
		// Sets only for the few tokens inside a gazetteer match; tree sets, so the marks come in one order every time.
		Map<Integer, Set<String>> marked = new HashMap<>();
		for (LabeledSpan match : gazetteer.suggest(text)) {
			for (int token = text.tokenAt(match.begin()); token < count && text.begin(token) < match.end(); token++) {
				marked.computeIfAbsent(token, any -> new TreeSet<>()).add("gaz=" + match.label());
			}
		}
		String[][] marks = new String[count][];
		Arrays.fill(marks, NO_MARKS);
		marked.forEach((token, labels) -> marks[token] = labels.toArray(String[]::new));
		return new TokenizedArticle(text, Arrays.copyOf(starts, sentences + 1), marks);
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
		return Arrays.copyOfRange(marks, sentenceStarts[sentence], sentenceStarts[sentence + 1]);
	}
}
