package org.hashiya.core.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hashiya.core.io.AtomicFile;

/**
 * Writes an {@link AgreementTable} as CSV (RFC 4180, UTF-8): a header, then one row per
 * coefficient with the columns {@code annotators, article, label, measure, value, spans, tokens}.
 */
public final class AgreementCsv {

	private static final List<String> HEADER = List.of("annotators", "article", "label", "measure", "value", "spans", "tokens");

	private AgreementCsv() {
	}

	/** Writes the rows, in the order given, to {@code file} atomically. */
	public static void write(Path file, List<AgreementRow> rows) throws IOException {
		StringBuilder out = new StringBuilder();
		line(out, HEADER);
		for (AgreementRow row : rows) {
			line(out, List.of(row.raters(), row.article(), row.label(), row.measure().shortName(), String.format(Locale.ROOT, "%.6f", row.value()),
					Integer.toString(row.spans()), Integer.toString(row.tokens())));
		}
		AtomicFile.writeString(file, out.toString());
	}

	private static void line(StringBuilder out, List<String> fields) {
		for (int index = 0; index < fields.size(); index++) {
			if (index > 0) {
				out.append(',');
			}
			out.append(quoted(fields.get(index)));
		}
		out.append("\r\n");
	}

	/** Quotes a field that holds a comma, a quote or a line break, doubling its quotes. */
	private static String quoted(String field) {
		if (field.chars().noneMatch(character -> character == ',' || character == '"' || character == '\n' || character == '\r')) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
