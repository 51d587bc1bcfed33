package org.hashiya.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;

import org.hashiya.core.ProjectFolder;
import org.hashiya.uima.importing.CorpusImport;
import org.hashiya.uima.importing.ImportFormat;
import org.hashiya.uima.importing.ImportProgress;
import org.hashiya.uima.importing.ImportRequest;
import org.hashiya.uima.importing.ImportResult;

/**
 * {@code import}: reads a corpus in one of the formats of {@link ImportFormat} into an annotation
 * project, creating it if the output folder is new or empty. Nothing is written unless all of the
 * input is good; the error names the file, the line or element, and the problem.
 */
final class ImportCommand implements Command {

	private static final String FORMATS = Options.alternatives(ImportFormat.values(), ImportFormat::id);

	@Override
	public String usage() {
		return "import --format " + FORMATS + " --input PATH --output DIR [--annotator NAME] [--encoding windows-1256] [--type T --feature F] [--strict] ";
	}

	@Override
	public void run(Options options, PrintStream out, PrintStream err) throws Exception {
		ImportFormat format = options.choice("format", ImportFormat.values(), ImportFormat::id);
		ImportRequest request = ImportRequest.of(format, options.existing("input"), Path.of(options.required("output")).toAbsolutePath().normalize())
				.strict(options.flag("strict"));
		if (options.value("annotator").isPresent()) {
			try {
				ProjectFolder.checkAnnotatorName(options.value("annotator").get());
			} catch (IllegalArgumentException e) {
				throw new Options.UsageException("--annotator " + e.getMessage());
			}
			request = request.withAnnotator(options.value("annotator").get());
		}
		if (options.value("encoding").isPresent()) {
			request = request.withEncoding(charset(options.value("encoding").get()));
		}
		if (options.value("feature").isPresent() && options.value("type").isEmpty()) {
			throw new Options.UsageException("--feature needs --type, the annotation type it belongs to");
		}
		if (options.value("type").isPresent()) {
			if (format != ImportFormat.XMI) {
				throw new Options.UsageException("--type and --feature choose the label of XMI annotations; " + format.id() + " has its labels in place");
			}
			request = request.withLabelType(options.value("type").get(), options.value("feature").orElse(null));
		}
		ImportResult result = CorpusImport.run(request, new ImportProgress() {
			@Override
			public void begin(String phase, int steps) {
				err.println(phase + "…");
			}

			@Override
			public void worked(int steps) {
				// one line per phase is enough on a terminal
			}

			@Override
			public boolean isCanceled() {
				return false;
			}
		});
		result.warnings().forEach(warning -> err.println("Warning: " + warning));
		out.println(result.summary());
	}

	private static Charset charset(String name) throws Options.UsageException {
		try {
			return Charset.forName(name);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new Options.UsageException("--encoding " + name + " is not an encoding Java knows (e.g. windows-1256, UTF-8, ISO-8859-6)");
		}
	}
}
