package org.hashiya.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.SpansTsv;
import org.hashiya.uima.suggest.SpanScores;

/**
 * {@code evaluate}: compares predicted {@code .spans.tsv} files with the gold files of the same
 * names and prints precision, recall and F1 per label and micro-averaged, exact and overlap match.
 * A gold file without a predicted one counts as an article where nothing was predicted.
 */
final class EvaluateCommand implements Command {

	@Override
	public String usage() {
		return "evaluate --gold DIR --predicted DIR ";
	}

	@Override
	public void run(Options options, PrintStream out, PrintStream err) throws Exception {
		Path gold = options.folder("gold");
		Path predicted = options.folder("predicted");
		List<Path> goldFiles = ArticleFolders.files(gold, SpansTsv.EXTENSION);
		if (goldFiles.isEmpty()) {
			throw new Options.UsageException("--gold " + gold + " holds no " + SpansTsv.EXTENSION + " files");
		}
		SpanScores scores = SpanScores.NONE;
		int missing = 0;
		for (int index = 0; index < goldFiles.size(); index++) {
			Path goldFile = goldFiles.get(index);
			Path predictedFile = predicted.resolve(goldFile.getFileName().toString());
			List<LabeledSpan> predictions = List.of();
			if (Files.isRegularFile(predictedFile)) {
				predictions = SpansTsv.read(predictedFile, null);
			} else {
				missing++;
			}
			scores = scores.add(SpanScores.compare(SpansTsv.read(goldFile, null), predictions));
			if ((index + 1) % 100 == 0) {
				err.printf("Compared %d of %d articles%n", index + 1, goldFiles.size());
			}
		}
		if (missing > 0) {
			err.printf("%d of %d gold files have no predicted file in %s; counted as predicting nothing%n", missing, goldFiles.size(), predicted);
		}
		out.printf("%d articles; P, R, F1 in %% for exact match, oP, oR, oF1 for overlap match%n", goldFiles.size());
		out.print(scores);
		out.printf(Locale.ROOT, "micro-F1 exact: %.3f%n", scores.micro(SpanScores.Matching.EXACT).f1());
	}
}
