package org.hashiya.uima.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hashiya.core.ProjectFolder;
import org.hashiya.core.io.InvalidTextFileException;

/**
 * What every imported article must satisfy whatever its format, checked before anything is
 * written: a name that can be a file name, a text that UTF-8 can store, and spans inside it that
 * do not cut a character in two, with labels and annotators the project's files can hold.
 */
final class ArticleChecks {

	/** Article names become file names on every system: no separators, nothing hidden, nothing trailing. */
	private static final Pattern ARTICLE_ID = Pattern.compile("[\\p{L}\\p{N}_](?:[\\p{L}\\p{M}\\p{N} ._()+,-]{0,198}[\\p{L}\\p{M}\\p{N}_)-])?");

	private ArticleChecks() {
	}

	/** @throws InvalidTextFileException at the first problem, naming the file, where in it, and what is wrong */
	static void check(List<ImportedArticle> articles, ImportRequest request) throws InvalidTextFileException {
		Map<String, Place> seen = new HashMap<>();
		Set<String> annotators = new HashSet<>();
		for (ImportedArticle article : articles) {
			if (!ARTICLE_ID.matcher(article.id()).matches()) {
				throw article.place().problem("'" + article.id() + "' cannot name an article, since it becomes a file name: use letters, digits,"
						+ " spaces and . _ - ( ) + , (not first or last)");
			}
			Place first = seen.putIfAbsent(article.id(), article.place());
			if (first != null) {
				throw article.place().problem("a second article named " + article.id() + " (the first is at " + first + ")");
			}
			checkText(article);
			for (ImportedSpan span : article.spans()) {
				checkSpan(span, article.text(), request, annotators);
			}
		}
	}

	private static void checkText(ImportedArticle article) throws InvalidTextFileException {
		String text = article.text();
		for (int index = 0; index < text.length(); index++) {
			char character = text.charAt(index);
			boolean paired = Character.isHighSurrogate(character) ? index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1))
					: !Character.isLowSurrogate(character) || index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
			if (!paired) {
				throw article.place().problem(String.format("the text has half a surrogate pair (U+%04X) alone at offset %d, which is no character"
						+ " and which UTF-8 cannot store", (int) character, index));
			}
		}
	}

	/** @param annotators the annotator names found good so far, each checked once */
	private static void checkSpan(ImportedSpan span, String text, ImportRequest request, Set<String> annotators) throws InvalidTextFileException {
		String offsets = "span " + span.begin() + "–" + span.end();
		if (span.begin() < 0) {
			throw span.place().problem(offsets + " begins before the text");
		}
		if (span.begin() > span.end()) {
			throw span.place().problem(offsets + " begins after it ends (begin > end)");
		}
		if (span.begin() == span.end()) {
			throw span.place().problem(offsets + " is empty (begin = end)");
		}
		if (span.end() > text.length()) {
			throw span.place().problem(offsets + " ends beyond the text, which has " + text.length() + " UTF-16 code units");
		}
		if (splitsPair(text, span.begin()) || splitsPair(text, span.end())) {
			throw span.place().problem(offsets + " cuts a character outside the Basic Multilingual Plane (such as an emoji) in two: the offsets"
					+ " count code points or bytes, not the UTF-16 units this format uses");
		}
		if (span.label().isBlank() || span.label().chars().anyMatch(Character::isISOControl)) {
			throw span.place().problem(offsets + " has the label '" + span.label() + "'; a label needs a visible name without tabs or line breaks");
		}
		String annotator = request.annotator().orElse(span.annotator());
		if (!annotator.isEmpty() && !annotators.contains(annotator)) {
			try {
				ProjectFolder.checkAnnotatorName(annotator);
			} catch (IllegalArgumentException e) {
				throw span.place().problem(e.getMessage());
			}
			annotators.add(annotator);
		}
	}

	private static boolean splitsPair(String text, int offset) {
		return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
	}
}
