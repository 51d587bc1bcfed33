package org.hashiya.core.spans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.hashiya.core.io.AtomicFile;
import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.core.io.TextFiles;

/**
 * The span files of the sample corpus ({@code ../corpus/gold/*.spans.tsv}): UTF-8, a header
 * {@code begin end label text}, then one span per line, tab-separated, sorted by begin; offsets are
 * UTF-16 code units, end exclusive. Suggestions add two columns, {@code score} and {@code source}.
 */
public final class SpansTsv {

	/** File name suffix of span files. */
	public static final String EXTENSION = ".spans.tsv";
	private static final String HEADER = "begin\tend\tlabel\ttext";
	private static final String SUGGESTION_HEADER = HEADER + "\tscore\tsource";

	private SpansTsv() {
	}

	/**
	 * Reads the spans of {@code file}, checking each against {@code text}: inside it, and covering
	 * exactly the characters of the {@code text} column.
	 *
	 * @param text the article text, or null to read the spans without checking them against a text
	 * @throws InvalidTextFileException naming the file, the line and the problem
	 */
	public static List<LabeledSpan> read(Path file, String text) throws IOException {
		List<String> lines = TextFiles.readUtf8(file).lines().toList();
		if (lines.isEmpty() || !(lines.get(0).equals(HEADER) || lines.get(0).equals(SUGGESTION_HEADER))) {
			throw problem(file, 1, "the first line must be the header '" + HEADER.replace('\t', ' ') + "' (tab-separated), optionally followed by 'score source'");
		}
		int columns = lines.get(0).split("\t").length;
		List<LabeledSpan> spans = new ArrayList<>();
		for (int index = 1; index < lines.size(); index++) {
			if (!lines.get(index).isEmpty()) {
				spans.add(span(lines.get(index).split("\t", -1), columns, text, file, index + 1));
			}
		}
		return spans;
	}

	private static LabeledSpan span(String[] fields, int columns, String text, Path file, int lineNumber) throws InvalidTextFileException {
		if (fields.length != columns) {
			throw problem(file, lineNumber, "expected " + columns + " tab-separated columns as in the header, found " + fields.length);
		}
		int begin = number(fields[0], file, lineNumber);
		int end = number(fields[1], file, lineNumber);
		if (begin < 0 || begin >= end || (text != null && end > text.length())) {
			throw problem(file, lineNumber, "offsets " + begin + "–" + end + " are not a span inside the article"
					+ (text == null ? "" : " (" + text.length() + " UTF-16 units)"));
		}
		if (fields[2].isBlank()) {
			throw problem(file, lineNumber, "the label is empty");
		}
		if (text != null && !text.substring(begin, end).equals(fields[3])) {
			throw problem(file, lineNumber, "the span " + begin + "–" + end + " should cover '" + fields[3] + "' but the article has '"
					+ text.substring(begin, end) + "' there: the spans do not belong to this text");
		}
		if (columns == 4) {
			return LabeledSpan.of(begin, end, fields[2]);
		}
		try {
			return new LabeledSpan(begin, end, fields[2], OptionalDouble.of(Double.parseDouble(fields[4])), fields[5]);
		} catch (NumberFormatException e) {
			throw problem(file, lineNumber, "score '" + fields[4] + "' is not a number");
		}
	}

	/**
	 * Writes the spans of {@code article} to {@code file} atomically, in text order, with score and
	 * source columns when any span is a suggestion.
	 *
	 * @throws IllegalArgumentException when a span covers a tab or a line break, which the format cannot hold
	 */
	public static void write(Path file, LabeledText article) throws IOException {
		boolean suggestions = article.spans().stream().anyMatch(span -> span.score().isPresent());
		StringBuilder out = new StringBuilder(suggestions ? SUGGESTION_HEADER : HEADER).append('\n');
		for (LabeledSpan span : article.spans()) {
			String covered = article.covered(span);
			if (covered.indexOf('\t') >= 0 || covered.indexOf('\n') >= 0 || covered.indexOf('\r') >= 0) {
				throw new IllegalArgumentException("The span " + span.begin() + "–" + span.end() + " of " + article.id()
						+ " covers a tab or a line break, which a .spans.tsv line cannot hold");
			}
			out.append(span.begin()).append('\t').append(span.end()).append('\t').append(span.label()).append('\t').append(covered);
			if (suggestions) {
				out.append('\t').append(String.format(Locale.ROOT, "%.3f", span.score().orElse(1.0))).append('\t').append(span.source());
			}
			out.append('\n');
		}
		AtomicFile.writeString(file, out.toString());
	}

	private static int number(String field, Path file, int lineNumber) throws InvalidTextFileException {
		try {
			return Integer.parseInt(field);
		} catch (NumberFormatException e) {
			throw problem(file, lineNumber, "offset '" + field + "' is not a whole number");
		}
	}

	private static InvalidTextFileException problem(Path file, int lineNumber, String message) {
		return new InvalidTextFileException(file, file + " line " + lineNumber + ": " + message);
	}
}
