package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.Article;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.CasConverter;
import org.hashiya.uima.HashiyaTypeSystem;
import org.hashiya.uima.importing.CorpusImport;
import org.hashiya.uima.importing.ImportFormat;
import org.hashiya.uima.importing.ImportProgress;
import org.hashiya.uima.importing.ImportRequest;
import org.hashiya.uima.importing.ImportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import speed (run by {@code ./hashiya bench}, never as a test): 2,000 articles, the four samples
 * repeated with their gold spans, as UIMA XMI written by uimaj-core's serializer from
 * {@link CasConverter}'s CASes, as one JSONL file and as a folder of {@code .spans.tsv} with texts,
 * each imported into a new project, twice. Prints MB/s of input for the whole import, and for
 * reading and checking alone (before the first write; every file written is forced to disk).
 */
class ImportBenchmark {

	private static final int ARTICLES = 2_000;
	/** Each format is imported twice: the first run includes loading and compiling the code. */
	private static final int RUNS = 2;

	@TempDir
	static Path folder;
	private static List<LabeledText> corpus;
	private static int spans;

	@BeforeAll
	static void repeatTheSamplesWithTheirGoldSpans() throws Exception {
		ProjectFolder sample = SampleProject.create(folder.resolve("sample"));
		List<AnnotationSet> gold = new ArrayList<>();
		for (Article article : sample.project().getArticles()) {
			gold.add(sample.findAnnotationSet(article, sample.annotator(SampleCorpus.GOLD_ANNOTATOR)).orElseThrow());
		}
		corpus = new ArrayList<>();
		for (int index = 0; index < ARTICLES; index++) {
			AnnotationSet set = gold.get(index % gold.size());
			List<LabeledSpan> labeled = set.getSpans().stream().map(span -> LabeledSpan.of(span.getBegin(), span.getEnd(), span.getLabel().getName())).toList();
			corpus.add(new LabeledText(String.format("%s-%04d", set.getArticle().getId(), index), set.getArticle().getText(), labeled));
		}
		spans = corpus.stream().mapToInt(article -> article.spans().size()).sum();
		Path xmi = Files.createDirectories(folder.resolve("xmi"));
		ImportInputs.writeTypeSystem(xmi, HashiyaTypeSystem.description());
		for (int index = 0; index < ARTICLES; index++) {
			AnnotationSet set = gold.get(index % gold.size());
			CAS cas = CasConverter.toCas(set);
			ImportInputs.writeXmi(xmi.resolve(corpus.get(index).id() + ".xmi"), cas);
		}
		ImportInputs.jsonl(folder.resolve("jsonl/corpus.jsonl"), corpus);
		ImportInputs.spansTsvFolder(folder.resolve("tsv"), corpus);
	}

	@Test
	void importSpeedOfXmiJsonlAndSpanFiles() throws Exception {
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "Import of %,d articles with %,d spans (the samples repeated) into a new project, %d processors", ARTICLES, spans,
				Runtime.getRuntime().availableProcessors()));
		report.add("format  import   input MB   read and check        whole import (writes forced to disk)");
		for (int run = 1; run <= RUNS; run++) {
			report.add(measure(ImportFormat.XMI, folder.resolve("xmi"), run));
			report.add(measure(ImportFormat.JSONL, folder.resolve("jsonl/corpus.jsonl"), run));
			report.add(measure(ImportFormat.TSV, folder.resolve("tsv"), run));
		}
		write(report);
	}

	/** @param run 1 in a JVM that has not imported yet (what a user's first import meets), 2 once the code is compiled */
	private static String measure(ImportFormat format, Path input, int run) throws IOException {
		long bytes = size(input);
		Path project = folder.resolve("project-" + format.id() + "-" + run);
		long[] writingStarts = new long[1];
		ImportProgress clock = new ImportProgress() {
			@Override
			public void begin(String phase, int steps) {
				if (phase.startsWith("Writing")) {
					writingStarts[0] = System.nanoTime();
				}
			}

			@Override
			public void worked(int steps) {
				// only the phases are timed
			}

			@Override
			public boolean isCanceled() {
				return false;
			}
		};
		long start = System.nanoTime();
		ImportResult result = CorpusImport.run(ImportRequest.of(format, input, project), clock);
		long end = System.nanoTime();
		assertEquals(ARTICLES, result.articlesAdded(), format + " articles");
		assertEquals(spans, result.spans(), format + " spans");
		double megabytes = bytes / 1048576.0;
		return String.format(Locale.ROOT, "%-6s  %-7s  %8.1f   %6.1f MB/s (%5.1f s)   %6.1f MB/s (%5.1f s)", format.id(), run == 1 ? "first" : "second", megabytes,
				megabytes / seconds(start, writingStarts[0]), seconds(start, writingStarts[0]), megabytes / seconds(start, end), seconds(start, end));
	}

	private static double seconds(long start, long end) {
		return (end - start) / 1e9;
	}

	private static long size(Path input) throws IOException {
		try (Stream<Path> files = Files.walk(input)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	private static void write(List<String> lines) throws IOException {
		lines.forEach(System.out::println);
		Path results = Path.of(System.getProperty("hashiya.benchmark.results", "target/benchmark-results.txt")).toAbsolutePath();
		Files.createDirectories(results.getParent());
		Files.write(results, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}
}
