package org.hashiya.core.agreement;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hashiya.core.spans.LabeledSpan;

/**
 * One article with the spans of every annotator who worked on it.
 *
 * @param id               the article's name: its file name without {@code .txt}
 * @param spansByAnnotator annotator name to their spans; an annotator missing here has not worked
 *                         on the article, which is not the same as having found nothing in it
 */
public record AnnotatedArticle(String id, String text, Map<String, List<LabeledSpan>> spansByAnnotator) {

	public AnnotatedArticle {
		TreeMap<String, List<LabeledSpan>> sorted = new TreeMap<>();
		spansByAnnotator.forEach((annotator, spans) -> {
			for (LabeledSpan span : spans) {
				if (span.end() > text.length()) {
					throw new IllegalArgumentException("A span of " + annotator + " at " + span.begin() + "–" + span.end()
							+ " lies outside article " + id + " (" + text.length() + " UTF-16 units)");
				}
			}
			sorted.put(annotator, spans.stream().sorted(LabeledSpan.IN_TEXT_ORDER).toList());
		});
		spansByAnnotator = Collections.unmodifiableSortedMap(sorted);
	}

	/** @return the annotators who worked on this article, in name order */
	public Set<String> annotators() {
		return spansByAnnotator.keySet();
	}

	/** @return whether every one of {@code annotators} worked on this article */
	public boolean annotatedByAll(List<String> annotators) {
		return spansByAnnotator.keySet().containsAll(annotators);
	}

	/** @return the annotator's spans, in text order */
	public List<LabeledSpan> spans(String annotator) {
		List<LabeledSpan> spans = spansByAnnotator.get(annotator);
		if (spans == null) {
			throw new IllegalArgumentException(annotator + " has not worked on article " + id);
		}
		return spans;
	}
}
