package org.hashiya.uima.suggest.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.arabic.AnalyzedText;

/**
 * Finds known phrases in an analysed text: a trie with one edge per token {@link AnalyzedText#key key},
 * so spelling variants that normalise alike (أميركا, اميركا) match, and a phrase's first word also
 * matches after proclitics (وواشنطن, بالعراق, للعراق). Matching stays inside one sentence and costs
 * the number of tokens times the longest phrase.
 */
public final class PhraseMatcher {

	private static final class Node {
		final Map<String, Node> children = new HashMap<>();
		/** The labels of the phrase ending here, with their scores. */
		final Map<String, Double> labels = new LinkedHashMap<>();
	}

	private final Node root = new Node();

	/**
	 * @return the keys of the tokens {@code text[begin, end)} covers, the first one from its reading
	 *         that starts at {@code begin} (so a gold span لعراق of للعراق gives العراق); empty when
	 *         the span does not start at a reading or does not end at a token end
	 */
	public static Optional<List<String>> keys(AnalyzedText text, int begin, int end) {
		int first = text.tokenAt(begin);
		if (first >= text.tokenCount() || text.end(first) > end) {
			return Optional.empty();
		}
		Optional<AnalyzedText.Reading> reading = text.readings(first).stream().filter(candidate -> candidate.stemBegin() == begin).findFirst();
		if (reading.isEmpty()) {
			return Optional.empty();
		}
		List<String> keys = new ArrayList<>();
		keys.add(reading.get().key());
		int last = first;
		while (last + 1 < text.tokenCount() && text.end(last + 1) <= end) {
			keys.add(text.key(++last));
		}
		return text.end(last) == end ? Optional.of(keys) : Optional.empty();
	}

	/** Adds a phrase given by its token keys; of two scores for one phrase and label, the higher stays. */
	public void add(List<String> keys, String label, double score) {
		Node node = root;
		for (String key : keys) {
			node = node.children.computeIfAbsent(key, any -> new Node());
		}
		node.labels.merge(label, score, Math::max);
	}

	/**
	 * @return the longest phrase starting at each token, one suggestion per label of that phrase,
	 *         from where the stem of its first word starts to the end of its last token. A reading
	 *         without proclitics is only used when the whole word starts no phrase as long.
	 */
	public List<LabeledSpan> find(AnalyzedText text, String source) {
		List<LabeledSpan> found = new ArrayList<>();
		for (int token = 0; token < text.tokenCount(); token++) {
			Match best = null;
			int bestBegin = 0;
			for (AnalyzedText.Reading reading : text.readings(token)) {
				Match match = longest(root.children.get(reading.key()), text, token);
				// لل is ل + العراق with the alif elided, or ل + لبنان: either way the stem starts at the second ل.
				if (reading.elidedAlif()) {
					Match withoutAlif = longest(root.children.get(reading.key().substring(1)), text, token);
					match = longer(match, withoutAlif);
				}
				if (match != null && (best == null || match.last() > best.last())) {
					best = match;
					bestBegin = reading.stemBegin();
				}
			}
			if (best != null) {
				for (Map.Entry<String, Double> label : best.node().labels.entrySet()) {
					found.add(LabeledSpan.suggested(bestBegin, text.end(best.last()), label.getKey(), label.getValue(), source));
				}
			}
		}
		return found;
	}

	private record Match(Node node, int last) {
	}

	/** @return the match that ends further, the first one when they end together */
	private static Match longer(Match first, Match second) {
		return second != null && (first == null || second.last() > first.last()) ? second : first;
	}

	/** @return the longest phrase from {@code node} (reached by the first token) on, within its sentence, or null */
	private static Match longest(Node node, AnalyzedText text, int first) {
		Match match = null;
		int last = first;
		while (node != null) {
			if (!node.labels.isEmpty()) {
				match = new Match(node, last);
			}
			last++;
			node = last < text.tokenCount() && text.sentence(last) == text.sentence(first) ? node.children.get(text.key(last)) : null;
		}
		return match;
	}
}
