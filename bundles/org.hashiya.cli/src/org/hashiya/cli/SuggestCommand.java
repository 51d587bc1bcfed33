package org.hashiya.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.core.spans.SpansTsv;
import org.hashiya.uima.suggest.ProjectSuggesters;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.SuggestionPipeline;

/**
 * {@code suggest}: learns from a folder of articles with spans, then writes suggestions for every
 * article of another folder, in the same {@code .spans.tsv} format with score and source columns.
 */
final class SuggestCommand implements Command {

	@Override
	public String usage() {
		return "suggest --train DIR [--train-spans DIR] [--gazetteers DIR] --input DIR --output DIR ";
	}

	@Override
	public void run(Options options, PrintStream out, PrintStream err) throws Exception {
		Path train = options.folder("train");
		Path trainSpans = options.optionalFolder("train-spans").orElse(train);
		Optional<Path> gazetteers = options.optionalFolder("gazetteers");
		Path input = options.folder("input");
		Path output = options.outputFolder("output");

		List<LabeledText> training = ArticleFolders.readLabeled(train, trainSpans);
		if (training.isEmpty()) {
			throw new Options.UsageException("--train-spans " + trainSpans + " holds no " + SpansTsv.EXTENSION + " files to learn from");
		}
		List<LabeledText> articles = ArticleFolders.readTexts(input);
		List<String> labels = List.copyOf(new TreeSet<>(training.stream().flatMap(article -> article.spans().stream()).map(LabeledSpan::label).toList()));
		err.printf("Learning from %d articles (%d spans, labels %s)…%n", training.size(), training.stream().mapToInt(article -> article.spans().size()).sum(),
				String.join(" ", labels));
		SuggestionContext context = new SuggestionContext(labels, training, gazetteers, () -> false);
		try (SuggestionPipeline pipeline = SuggestionPipeline.of(ProjectSuggesters.create(context))) {
			int done = 0;
			for (LabeledText article : articles) {
				List<LabeledSpan> suggestions = pipeline.suggest(article.text(), List.of(), List.of());
				SpansTsv.write(output.resolve(article.id() + SpansTsv.EXTENSION), new LabeledText(article.id(), article.text(), suggestions));
				done++;
				err.printf("Suggested %d spans in %s (%d of %d)%n", suggestions.size(), article.id(), done, articles.size());
			}
		}
		out.printf("Wrote suggestions for %d articles to %s%n", articles.size(), output);
	}
}
