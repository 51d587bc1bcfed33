package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.hashiya.uima.export.CorpusExport;
import org.hashiya.uima.export.ExportCas;
import org.hashiya.uima.export.ExportFormat;
import org.hashiya.uima.export.ExportProgress;
import org.hashiya.uima.export.ExportSelection;
import org.hashiya.uima.export.ExportedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * Speed of the XMI export (run by {@code ./hashiya bench}, never as a test): 2,000 articles, the
 * four samples repeated with their gold spans, exported to XMI files, next to the floor in the same
 * run: uimaj-core's {@code XmiCasSerializer} writing the same CASes, built in advance, to files of
 * the same kind of folder (in memory, {@code /dev/shm}, where there is one). The export does
 * everything else as well: segmenting the texts, building the CASes (on a second thread, while the
 * previous article is written), the type system file, and writing each file beside its name and
 * renaming it. Target: at most 1.3 times the floor. Best of seven rounds each, alternating.
 */
class ExportBenchmark {

	private static final int ARTICLES = 2000;
	private static final int ROUNDS = 7;
	private static final double TARGET = 1.3;
	/**
	 * Where the files go when the machine has it: writing 600 MB a round to disk, both sides are
	 * throttled by the disk's write-back at random, which drowns what the comparison is about.
	 */
	private static final Path MEMORY_FILE_SYSTEM = Path.of("/dev/shm");

	@TempDir
	Path folder;

	@Test
	void xmiExportNextToTheSerializerWritingPrebuiltCases() throws Exception {
		List<ExportedArticle> samples = ExportFixtures.sampleProject(folder.resolve("project")).select(ExportSelection.all());
		List<ExportedArticle> articles = new ArrayList<>();
		for (int copy = 0; articles.size() < ARTICLES; copy++) {
			for (ExportedArticle sample : samples) {
				articles.add(new ExportedArticle(String.format(Locale.ROOT, "%s-%04d", sample.id(), copy), sample.title(), sample.source(), sample.language(),
						sample.text(), sample.annotator(), sample.spans()));
			}
		}
		List<CAS> prebuilt = new ArrayList<>();
		long buildStart = System.nanoTime();
		try (ExportCas builder = new ExportCas()) {
			for (ExportedArticle article : articles) {
				CAS cas = builder.newCas();
				builder.fill(cas, article, "bench");
				prebuilt.add(cas);
			}
		}
		double building = (System.nanoTime() - buildStart) / 1e9;
		long bytes = articles.stream().mapToLong(article -> article.text().getBytes(StandardCharsets.UTF_8).length).sum();
		int spans = articles.stream().mapToInt(article -> article.spans().size()).sum();
		assertEquals(ARTICLES, articles.size());

		Path files = Files.isDirectory(MEMORY_FILE_SYSTEM) ? Files.createTempDirectory(MEMORY_FILE_SYSTEM, "hashiya-export-benchmark") : folder;
		double floor = Double.MAX_VALUE;
		double export = Double.MAX_VALUE;
		List<String> rounds = new ArrayList<>();
		try {
			for (int round = 0; round < ROUNDS; round++) {
				double floorRound = serialize(articles, prebuilt, emptied(files.resolve("floor")));
				double exportRound = export(articles, emptied(files.resolve("export")));
				rounds.add(String.format(Locale.ROOT, "%.2f/%.2f", floorRound, exportRound));
				floor = Math.min(floor, floorRound);
				export = Math.min(export, exportRound);
			}
		} finally {
			emptied(files);
			Files.delete(files);
		}
		write(List.of("", String.format(Locale.ROOT, "XMI export of %,d articles (%.1f MB of text, %,d spans) into %s, %d processors, best of %d rounds (floor/export s: %s)",
				ARTICLES, bytes / 1048576.0, spans, files.getParent(), Runtime.getRuntime().availableProcessors(), ROUNDS, String.join(" ", rounds)),
				String.format(Locale.ROOT, "floor: XmiCasSerializer, prebuilt CASes  %6.2f s  %7.1f articles/s", floor, ARTICLES / floor),
				String.format(Locale.ROOT, "export: segment, build, write         %6.2f s  %7.1f articles/s  %.2f x floor", export, ARTICLES / export, export / floor),
				String.format(Locale.ROOT, "(segmenting and building the CASes alone, first run: %.2f s)", building),
				String.format(Locale.ROOT, "target: <= %.1f x floor                 %s", TARGET, export <= TARGET * floor ? "PASS" : "MISS")));
	}

	/** @return seconds for the serializer alone to write every CAS to its file */
	private static double serialize(List<ExportedArticle> articles, List<CAS> prebuilt, Path output) throws IOException, SAXException {
		long start = System.nanoTime();
		for (int index = 0; index < prebuilt.size(); index++) {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output.resolve(articles.get(index).id() + ".xmi")))) {
				XmiCasSerializer.serialize(prebuilt.get(index), out);
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** @return seconds for the whole export, from the articles to the files */
	private static double export(List<ExportedArticle> articles, Path output) throws IOException {
		long start = System.nanoTime();
		try (CorpusExport export = CorpusExport.prepare("bench", articles, ExportFormat.XMI, false)) {
			export.write(output, false, ExportProgress.NONE);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static Path emptied(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
		return Files.createDirectories(folder);
	}

	private static void write(List<String> lines) throws IOException {
		lines.forEach(System.out::println);
		Path results = Path.of(System.getProperty("hashiya.benchmark.results", "target/benchmark-results.txt")).toAbsolutePath();
		Files.createDirectories(results.getParent());
		Files.write(results, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}
}
