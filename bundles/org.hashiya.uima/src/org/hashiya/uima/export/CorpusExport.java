package org.hashiya.uima.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipOutputStream;

/**
 * Exports articles in one format, in two steps: {@link #prepare} finds what the format loses
 * ({@link #lossReport()}) so that the caller can decide, then {@link #write} writes the files. Each
 * file is written beside its final name and renamed over it; a zip archive is one such file.
 *
 * <pre>
 * try (CorpusExport export = CorpusExport.prepare("ar-news", articles, ExportFormat.XMI, false)) {
 *     if (export.lossReport().isEmpty() || userAgrees(export.lossReport())) {
 *         export.write(folder, false, ExportProgress.NONE);
 *     }
 * }
 * </pre>
 */
public final class CorpusExport implements AutoCloseable {

	/**
	 * What was written.
	 *
	 * @param location the folder, or the zip archive
	 * @param xml11    whether XMI was written as XML 1.1
	 */
	public record Result(Path location, int articles, int spans, boolean xml11) {
	}

	private final String corpus;
	private final List<ExportedArticle> articles;
	private final ExportFormat format;
	private final FormatWriter writer;
	private final LossReport lossReport = new LossReport();

	private CorpusExport(String corpus, List<ExportedArticle> articles, ExportFormat format, FormatWriter writer) {
		this.corpus = corpus;
		this.articles = List.copyOf(articles);
		this.format = format;
		this.writer = writer;
	}

	/**
	 * Checks every article against the format.
	 *
	 * @param corpus names the corpus: its zip archive or JSONL file, DKPro's collection id
	 * @param xml11  XMI as XML 1.1 even if XML 1.0 could carry every character
	 */
	public static CorpusExport prepare(String corpus, List<ExportedArticle> articles, ExportFormat format, boolean xml11) throws IOException {
		CorpusExport export = new CorpusExport(corpus, articles, format, format.writer(corpus, xml11));
		try {
			for (ExportedArticle article : export.articles) {
				export.writer.check(article, export.lossReport);
			}
		} catch (IOException | RuntimeException e) {
			export.close();
			throw e;
		}
		return export;
	}

	/** @return what the format cannot carry over exactly, and what the export does about it */
	public LossReport lossReport() {
		return lossReport;
	}

	/** @return whether XMI is written as XML 1.1: asked for, or needed by the text */
	public boolean xml11() {
		return writer instanceof XmiFormat xmi && xmi.xml11();
	}

	/** @return the zip archive {@link #write} makes in {@code folder} */
	public Path zipFile(Path folder) {
		return folder.resolve(corpus + "-" + format.id() + ".zip");
	}

	/**
	 * Writes the files into {@code folder} (created if missing), or into one zip archive there.
	 *
	 * @throws java.util.concurrent.CancellationException if {@code progress} cancels; files written so far stay, a zip is not written
	 */
	public Result write(Path folder, boolean zip, ExportProgress progress) throws IOException {
		Files.createDirectories(folder);
		ExportOutput files = ExportOutput.folder(folder);
		if (zip) {
			files.write(zipFile(folder).getFileName().toString(), out -> {
				ZipOutputStream archive = new ZipOutputStream(out);
				writer.write(articles, ExportOutput.zip(archive), progress);
				// finish, not close: the stream belongs to the file being written.
				archive.finish();
			});
		} else {
			writer.write(articles, files, progress);
		}
		Path location = zip ? zipFile(folder) : folder;
		return new Result(location, articles.size(), articles.stream().mapToInt(article -> article.spans().size()).sum(), xml11());
	}

	@Override
	public void close() {
		writer.close();
	}
}
