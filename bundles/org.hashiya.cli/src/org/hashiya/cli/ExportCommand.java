package org.hashiya.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hashiya.uima.export.CorpusExport;
import org.hashiya.uima.export.ExportFormat;
import org.hashiya.uima.export.ExportProgress;
import org.hashiya.uima.export.ExportSelection;
import org.hashiya.uima.export.ExportSource;
import org.hashiya.uima.export.ExportedArticle;
import org.hashiya.uima.export.LossReport;

/**
 * {@code export}: writes one annotator's spans of an annotation project, or of a folder of articles
 * with {@code .spans.tsv} files, as training data in one of the formats of {@link ExportFormat}.
 * The loss report comes first; when the format would lose something and {@code --yes} is not
 * given, nothing is written and the exit code is 1.
 */
final class ExportCommand implements Command {

	private static final String FORMATS = Options.alternatives(ExportFormat.values(), ExportFormat::id);
	private static final int PROGRESS_EVERY = 100;

	@Override
	public String usage() {
		return "export --format " + FORMATS + " --input DIR [--spans DIR] --output DIR [--annotator NAME] [--finished-only] [--labels A,B] [--zip] [--xml11] [--yes] ";
	}

	@Override
	public void run(Options options, PrintStream out, PrintStream err) throws Exception {
		ExportFormat format = options.choice("format", ExportFormat.values(), ExportFormat::id);
		Path input = options.folder("input");
		Path output = Path.of(options.required("output")).toAbsolutePath().normalize();
		ExportSource source = ExportSource.open(input, options.optionalFolder("spans").orElse(input));
		List<ExportedArticle> articles = select(source, options);
		String annotator = options.value("annotator").orElseGet(source::defaultAnnotator);
		if (articles.isEmpty()) {
			throw new IOException("nothing to export: " + source.name() + " has no article" + (options.flag("finished-only") ? " that " + annotator + " finished" : ""));
		}
		err.printf("Checking %d articles of %s (spans of %s) for %s…%n", articles.size(), source.name(), annotator, format.description());
		try (CorpusExport export = CorpusExport.prepare(source.name(), articles, format, options.flag("xml11"))) {
			LossReport report = export.lossReport();
			out.print(report);
			if (!report.isEmpty() && !options.flag("yes")) {
				throw new IOException("nothing was written, since the export would change what the report above lists. "
						+ "To export anyway, run the same command with --yes.");
			}
			CorpusExport.Result result = export.write(output, options.flag("zip"), new ExportProgress() {
				@Override
				public void writing(String article, int done, int total) {
					if (done > 0 && done % PROGRESS_EVERY == 0) {
						err.printf("Wrote %d of %d articles%n", done, total);
					}
				}

				@Override
				public boolean isCanceled() {
					return false;
				}
			});
			out.printf("Wrote %d articles (%d spans) as %s%s to %s%n", result.articles(), result.spans(), format.id(), result.xml11() ? " (XML 1.1)" : "",
					result.location());
		}
	}

	private static List<ExportedArticle> select(ExportSource source, Options options) throws IOException, Options.UsageException {
		Set<String> labels = options.value("labels").map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(label -> !label.isEmpty())
				.collect(Collectors.toSet())).orElse(Set.of());
		try {
			return source.select(new ExportSelection(options.value("annotator"), options.flag("finished-only"), labels));
		} catch (IllegalArgumentException e) {
			String hint = options.value("annotator").isEmpty() && source.annotators().size() > 1 ? " with --annotator" : "";
			throw new Options.UsageException(e.getMessage() + hint);
		}
	}
}
