package org.hashiya.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.model.TextRegion;

/**
 * The file of one annotator's work on one article: tab-separated, one span or suggestion per line,
 * sorted, so that git shows a change as the lines it touched and two annotators never edit the
 * same file.
 *
 * <pre>
 * #hashiya-annotation-set	1
 * #article	000_df7c512f7a4e0d6d
 * #text-sha256	9f2c…
 * #status	in-progress
 * span	4	20	LOC	imported		الولايات المتحدة
 * suggestion	22	27	LOC	0.75	gazetteer	pending	إيران
 * </pre>
 *
 * Span columns: begin, end, label, origin, note, covered text. Suggestion columns: begin, end,
 * label, score, source, state, covered text. The covered text is there for people reading diffs;
 * loading checks that it still matches the article.
 */
public final class AnnotationSetFormat {

	public static final String FILE_EXTENSION = ".tsv";

	private static final String MAGIC = "#hashiya-annotation-set";
	private static final String FORMAT_VERSION = "1";
	private static final String ARTICLE = "#article";
	private static final String TEXT_HASH = "#text-sha256";
	private static final String STATUS = "#status";
	private static final String SPAN = "span";
	private static final String SUGGESTION = "suggestion";
	private static final int SPAN_COLUMNS = 7;
	private static final int SUGGESTION_COLUMNS = 8;

	private static final Comparator<TextRegion> FILE_ORDER = Comparator.comparingInt(TextRegion::getBegin)
			.thenComparingInt(TextRegion::getEnd)
			.thenComparing(region -> region.getLabel().getName());

	private AnnotationSetFormat() {
	}

	/** @return the file content for {@code set}; the same set always gives the same bytes */
	public static String write(AnnotationSet set) {
		Article article = set.getArticle();
		StringBuilder out = new StringBuilder();
		line(out, MAGIC, FORMAT_VERSION);
		line(out, ARTICLE, article.getId());
		line(out, TEXT_HASH, article.getTextHash());
		line(out, STATUS, set.getStatus().getLiteral());
		linesInFileOrder(out, set.getSpans(), span -> new String[] { SPAN, Integer.toString(span.getBegin()), Integer.toString(span.getEnd()),
				span.getLabel().getName(), span.getOrigin().getLiteral(), escapeOptional(span.getNote()), coveredText(article, span) });
		linesInFileOrder(out, set.getSuggestions(), suggestion -> new String[] { SUGGESTION, Integer.toString(suggestion.getBegin()),
				Integer.toString(suggestion.getEnd()), suggestion.getLabel().getName(), Double.toString(suggestion.getScore()),
				escapeOptional(suggestion.getSource()), suggestion.getState().getLiteral(), coveredText(article, suggestion) });
		return out.toString();
	}

	/**
	 * Reads an annotation set of {@code article}. Nothing is half-loaded: any problem throws.
	 *
	 * @param labels finds a label by name, or returns null
	 * @throws FormatException naming the line and the problem, including a text that changed since
	 *                         the spans were made
	 */
	public static AnnotationSet read(String content, Article article, Function<String, Label> labels) throws FormatException {
		AnnotationSet set = HashiyaFactory.eINSTANCE.createAnnotationSet();
		set.setStatus(AnnotationStatus.NEW);
		List<String> lines = content.lines().toList();
		if (lines.isEmpty() || !lines.get(0).startsWith(MAGIC + "\t")) {
			throw new FormatException(1, "this is not a Hashiya annotation file (it must start with " + MAGIC + ")");
		}
		String version = lines.get(0).substring(MAGIC.length() + 1);
		if (!FORMAT_VERSION.equals(version)) {
			throw new FormatException(1, "format version " + version + " is not known to this Hashiya (it reads version " + FORMAT_VERSION + ")");
		}
		for (int index = 1; index < lines.size(); index++) {
			int lineNumber = index + 1;
			String line = lines.get(index);
			if (line.isEmpty()) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			switch (fields[0]) {
			case ARTICLE -> expectArticle(fields, lineNumber, article);
			case TEXT_HASH -> expectHash(fields, lineNumber, article);
			case STATUS -> set.setStatus(status(fields, lineNumber));
			case SPAN -> set.getSpans().add(span(fields, lineNumber, article, labels));
			case SUGGESTION -> set.getSuggestions().add(suggestion(fields, lineNumber, article, labels));
			default -> throw new FormatException(lineNumber, "unknown line kind '" + fields[0] + "'");
			}
		}
		return set;
	}

	private static void expectArticle(String[] fields, int lineNumber, Article article) throws FormatException {
		columns(fields, 2, lineNumber);
		if (!fields[1].equals(article.getId())) {
			throw new FormatException(lineNumber, "the file belongs to article '" + fields[1] + "', not '" + article.getId() + "'");
		}
	}

	private static void expectHash(String[] fields, int lineNumber, Article article) throws FormatException {
		columns(fields, 2, lineNumber);
		if (!fields[1].equals(article.getTextHash())) {
			throw new FormatException(lineNumber, "the text of article '" + article.getId()
					+ "' has changed since these spans were made, so their offsets would point at the wrong words."
					+ " Restore the original text (for example from git) to see them again");
		}
	}

	private static AnnotationStatus status(String[] fields, int lineNumber) throws FormatException {
		columns(fields, 2, lineNumber);
		AnnotationStatus status = AnnotationStatus.get(fields[1]);
		if (status == null) {
			throw new FormatException(lineNumber, "unknown status '" + fields[1] + "'");
		}
		return status;
	}

	private static Span span(String[] fields, int lineNumber, Article article, Function<String, Label> labels) throws FormatException {
		columns(fields, SPAN_COLUMNS, lineNumber);
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		region(span, fields, lineNumber, article, labels);
		SpanOrigin origin = SpanOrigin.get(fields[4]);
		if (origin == null) {
			throw new FormatException(lineNumber, "unknown span origin '" + fields[4] + "'");
		}
		span.setOrigin(origin);
		span.setNote(unescapeOptional(fields[5]));
		expectCoveredText(fields[6], span, article, lineNumber);
		return span;
	}

	private static Suggestion suggestion(String[] fields, int lineNumber, Article article, Function<String, Label> labels)
			throws FormatException {
		columns(fields, SUGGESTION_COLUMNS, lineNumber);
		Suggestion suggestion = HashiyaFactory.eINSTANCE.createSuggestion();
		region(suggestion, fields, lineNumber, article, labels);
		try {
			suggestion.setScore(Double.parseDouble(fields[4]));
		} catch (NumberFormatException e) {
			throw new FormatException(lineNumber, "score '" + fields[4] + "' is not a number");
		}
		suggestion.setSource(unescapeOptional(fields[5]));
		SuggestionState state = SuggestionState.get(fields[6]);
		if (state == null) {
			throw new FormatException(lineNumber, "unknown suggestion state '" + fields[6] + "'");
		}
		suggestion.setState(state);
		expectCoveredText(fields[7], suggestion, article, lineNumber);
		return suggestion;
	}

	private static void region(TextRegion region, String[] fields, int lineNumber, Article article, Function<String, Label> labels)
			throws FormatException {
		int begin = offset(fields[1], lineNumber);
		int end = offset(fields[2], lineNumber);
		int length = article.getText().length();
		if (begin >= end || end > length) {
			throw new FormatException(lineNumber, "offsets " + begin + "–" + end + " do not make a span inside the text of article '"
					+ article.getId() + "' (" + length + " characters)");
		}
		Label label = labels.apply(fields[3]);
		if (label == null) {
			throw new FormatException(lineNumber, "label '" + fields[3] + "' is not in the project's label set");
		}
		region.setBegin(begin);
		region.setEnd(end);
		region.setLabel(label);
	}

	private static void expectCoveredText(String stored, TextRegion region, Article article, int lineNumber) throws FormatException {
		String actual = coveredText(article, region);
		if (!stored.equals(actual)) {
			throw new FormatException(lineNumber, "the span " + region.getBegin() + "–" + region.getEnd() + " should cover '" + unescape(stored)
					+ "' but the article has '" + article.getText().substring(region.getBegin(), region.getEnd()) + "' there");
		}
	}

	private static int offset(String field, int lineNumber) throws FormatException {
		try {
			return Integer.parseInt(field);
		} catch (NumberFormatException e) {
			throw new FormatException(lineNumber, "offset '" + field + "' is not a whole number");
		}
	}

	private static void columns(String[] fields, int expected, int lineNumber) throws FormatException {
		if (fields.length != expected) {
			throw new FormatException(lineNumber, "expected " + expected + " tab-separated columns, found " + fields.length);
		}
	}

	private static String coveredText(Article article, TextRegion region) {
		return escape(article.getText().substring(region.getBegin(), region.getEnd()));
	}

	/**
	 * Appends one line per region in {@link #FILE_ORDER}; regions at the same place with the same
	 * label are ordered by the rest of their line, so the same set gives the same bytes whatever
	 * order its regions were added in.
	 */
	private static <T extends TextRegion> void linesInFileOrder(StringBuilder out, List<T> regions, Function<T, String[]> columns) {
		regions.stream()
				.map(region -> Map.entry(region, String.join("\t", columns.apply(region))))
				.sorted(Map.Entry.<T, String>comparingByKey(FILE_ORDER).thenComparing(Map.Entry.comparingByValue()))
				.forEach(entry -> out.append(entry.getValue()).append('\n'));
	}

	private static void line(StringBuilder out, String... fields) {
		out.append(String.join("\t", fields)).append('\n');
	}

	/** An absent value is stored as an empty column. */
	private static String escapeOptional(String value) {
		return escape(Objects.toString(value, ""));
	}

	/** An empty column reads back as an absent value. */
	private static String unescapeOptional(String field) {
		return field.isEmpty() ? null : unescape(field);
	}

	/** Keeps every value on one line and in one column. */
	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> out.append("\\\\");
			case '\t' -> out.append("\\t");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	static String unescape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				out.append(switch (next) {
				case 't' -> '\t';
				case 'n' -> '\n';
				case 'r' -> '\r';
				default -> next;
				});
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
