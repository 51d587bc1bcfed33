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
import java.util.TreeSet;

import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.ProjectSuggesters;
import org.hashiya.uima.suggest.SpanScores;
import org.hashiya.uima.suggest.Suggester;
import org.hashiya.uima.suggest.SuggesterProvider;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.SuggestionPipeline;
import org.hashiya.uima.suggest.model.CrossValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality and speed of the suggestions (run by {@code ./hashiya bench}, never as a test): leave-one-out
 * F1 on the four sample articles for each suggester alone and for all together, and the throughput
 * of the whole pipeline on 50 MB of Arabic text next to the floor of segmentation and normalisation.
 */
class SuggestionBenchmark {

	private static final long THROUGHPUT_BYTES = 50L * 1024 * 1024;
	private static final double THROUGHPUT_TARGET = 0.5;

	@TempDir
	static Path folder;
	private static List<LabeledText> articles;
	private static List<String> labels;

	@BeforeAll
	static void readTheSampleCorpus() throws IOException {
		SampleCorpus.copyArticlesTo(folder);
		SampleCorpus.copyGoldSpansTo(folder);
		articles = ArticleFolders.readLabeled(folder, folder);
		labels = List.copyOf(new TreeSet<>(articles.stream().flatMap(article -> article.spans().stream()).map(LabeledSpan::label).toList()));
		assertEquals(4, articles.size(), "sample articles");
	}

	@Test
	void leaveOneOutOnTheSampleArticles() throws IOException {
		List<String> report = new ArrayList<>();
		report.add("Suggestion quality, leave-one-out on the " + articles.size() + " sample articles (train on 3, suggest in the 4th; sums of the 4 folds)");
		List<SuggesterProvider> providers = new ArrayList<>(ProjectSuggesters.providers());
		providers.add(everySuggester());
		for (SuggesterProvider provider : providers) {
			long start = System.nanoTime();
			SpanScores scores = CrossValidation.kFold(provider, labels, articles, articles.size());
			report.add("");
			report.add(String.format(Locale.ROOT, "%s (%.1f s)", provider.source(), (System.nanoTime() - start) / 1e9));
			report.add(scores.toString().stripTrailing());
		}
		write(report);
	}

	@Test
	void throughputOfTheWholePipelineNextToSegmentationAlone() throws IOException {
		List<String> texts = new ArrayList<>();
		long bytes = 0;
		while (bytes < THROUGHPUT_BYTES) {
			for (LabeledText article : articles) {
				texts.add(article.text());
				bytes += article.text().getBytes(StandardCharsets.UTF_8).length;
			}
		}
		double floor;
		try (SuggestionPipeline segmentation = SuggestionPipeline.of(List.of())) {
			long start = System.nanoTime();
			for (String text : texts) {
				segmentation.analyze(text);
			}
			floor = megabytesPerSecond(bytes, start);
		}
		double full;
		try (SuggestionPipeline pipeline = SuggestionPipeline.of(ProjectSuggesters.create(SuggestionContext.of(labels, articles)))) {
			long start = System.nanoTime();
			for (String text : texts) {
				pipeline.suggest(text, List.of(), List.of());
			}
			full = megabytesPerSecond(bytes, start);
		}
		write(List.of("", String.format(Locale.ROOT, "Suggestion throughput on %.1f MB of Arabic text (%,d articles), %d processors", bytes / 1048576.0, texts.size(),
				Runtime.getRuntime().availableProcessors()),
				String.format(Locale.ROOT, "floor: segmentation and normalisation  %7.2f MB/s", floor),
				String.format(Locale.ROOT, "all suggesters                         %7.2f MB/s  %.2f x floor", full, full / floor),
				String.format(Locale.ROOT, "target: >= %.1f x floor                 %s", THROUGHPUT_TARGET, full >= THROUGHPUT_TARGET * floor ? "PASS" : "MISS")));
	}

	/** All of the project's suggesters at once, as the editor and the command line run them. */
	private static SuggesterProvider everySuggester() {
		return new SuggesterProvider() {
			@Override
			public String source() {
				return "all together";
			}

			@Override
			public Suggester create(SuggestionContext context) throws IOException {
				List<Suggester> suggesters = ProjectSuggesters.create(context);
				return new Suggester() {
					@Override
					public String source() {
						return "all";
					}

					@Override
					public List<LabeledSpan> suggest(AnalyzedText text) {
						return suggesters.stream().flatMap(suggester -> suggester.suggest(text).stream()).toList();
					}
				};
			}
		};
	}

	private static double megabytesPerSecond(long bytes, long start) {
		return bytes / 1048576.0 / ((System.nanoTime() - start) / 1e9);
	}

	private static void write(List<String> lines) throws IOException {
		lines.forEach(System.out::println);
		Path results = Path.of(System.getProperty("hashiya.benchmark.results", "target/benchmark-results.txt")).toAbsolutePath();
		Files.createDirectories(results.getParent());
		Files.write(results, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}
}
