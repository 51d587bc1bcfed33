package org.hashiya.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hashiya.core.agreement.AgreementCsv;
import org.hashiya.core.agreement.AgreementRow;
import org.hashiya.core.agreement.AgreementStudy;
import org.hashiya.core.agreement.AgreementTable;
import org.hashiya.core.agreement.AnnotatedCorpus;
import org.hashiya.core.io.InvalidTextFileException;

/**
 * {@code agreement}: inter-annotator agreement of an annotation project, or of a folder of texts
 * with one sub-folder of {@code .spans.tsv} files per annotator, printed as an aligned table (the
 * corpus first, then the articles where annotators disagree most) and optionally written as CSV.
 */
final class AgreementCommand implements Command {

	private static final List<String> HEADER = List.of("annotators", "article", "label", "measure", "value", "spans", "tokens");
	/** The value, spans and tokens columns are aligned to the right. */
	private static final int FIRST_NUMBER_COLUMN = 4;

	@Override
	public String usage() {
		return "agreement --input DIR [--csv FILE] ";
	}

	@Override
	public void run(Options options, PrintStream out, PrintStream err) throws Exception {
		Path input = options.folder("input");
		Optional<Path> csv = options.optionalFile("csv");
		AnnotatedCorpus corpus = AnnotatedCorpus.read(input);
		if (corpus.annotators().size() < 2) {
			throw new InvalidTextFileException(input, input + " has the work of " + (corpus.annotators().isEmpty() ? "no annotator" : "only " + corpus.annotators().get(0))
					+ ": agreement needs two or more (a project's annotations/<annotator>/ folders, or one sub-folder of .spans.tsv files per annotator)");
		}
		AgreementTable table = AgreementStudy.of(corpus);
		if (table.rows().isEmpty()) {
			throw new InvalidTextFileException(input, "No two annotators in " + input + " have spans on the same article, so there is nothing to compare");
		}
		List<AgreementRow> rows = table.rowsByDisagreement();
		out.printf("%d annotators (%s), %d articles compared; the corpus first, then the articles where annotators disagree most%n",
				table.annotators().size(), String.join(", ", table.annotators()), table.articlesByDisagreement().size());
		rows.stream().map(AgreementRow::measure).distinct().sorted()
				.forEach(measure -> out.printf("  %-13s %s%n", measure.shortName(), measure.description()));
		out.println();
		printAligned(out, rows);
		if (csv.isPresent()) {
			AgreementCsv.write(csv.get(), rows);
			out.printf("Wrote %d rows to %s%n", rows.size(), csv.get());
		}
	}

	private static void printAligned(PrintStream out, List<AgreementRow> rows) {
		List<List<String>> cells = new ArrayList<>();
		cells.add(HEADER);
		for (AgreementRow row : rows) {
			cells.add(List.of(row.raters(), row.article(), row.label(), row.measure().shortName(), String.format(Locale.ROOT, "%.4f", row.value()),
					Integer.toString(row.spans()), Integer.toString(row.tokens())));
		}
		int[] widths = new int[HEADER.size()];
		for (List<String> line : cells) {
			for (int column = 0; column < widths.length; column++) {
				widths[column] = Math.max(widths[column], line.get(column).length());
			}
		}
		for (List<String> line : cells) {
			StringBuilder text = new StringBuilder();
			for (int column = 0; column < widths.length; column++) {
				String cell = line.get(column);
				String padding = " ".repeat(widths[column] - cell.length());
				text.append(column == 0 ? "" : "  ").append(column >= FIRST_NUMBER_COLUMN ? padding + cell : cell + padding);
			}
			out.println(text.toString().stripTrailing());
		}
	}
}
