package org.hashiya.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hashiya.cli.CommandLineApplication;
import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.core.spans.SpansTsv;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless {@code suggest} and {@code evaluate} commands on the sample corpus laid out as in
 * {@code ../shared/corpus}: texts in one folder, gold spans in another.
 */
class CommandLineTest {

	@TempDir
	Path folder;
	private Path texts;
	private Path gold;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void layOutTheSampleCorpus() throws IOException {
		texts = Files.createDirectories(folder.resolve("ar-news"));
		gold = Files.createDirectories(folder.resolve("gold"));
		SampleCorpus.copyArticlesTo(texts);
		SampleCorpus.copyGoldSpansTo(gold);
	}

	@Test
	void suggestWritesSpanFilesThatFitTheirTextsAndEvaluateScoresThem() throws IOException {
		Path input = Files.createDirectories(folder.resolve("input"));
		Path heldOut = texts.resolve(SampleCorpus.articleIds().get(3) + ".txt");
		Files.move(heldOut, input.resolve(heldOut.getFileName()));
		Files.delete(gold.resolve(SampleCorpus.articleIds().get(3) + SpansTsv.EXTENSION));
		Path output = folder.resolve("output");

		assertEquals(0, run("suggest", "--train", texts.toString(), "--train-spans", gold.toString(), "--input", input.toString(), "--output", output.toString()), errors());

		List<LabeledText> suggested = ArticleFolders.readLabeled(input, output);
		assertEquals(1, suggested.size(), "one span file per input text");
		List<LabeledSpan> spans = suggested.get(0).spans();
		assertTrue(spans.size() > 20, "suggestions in the held-out article: " + spans.size());
		assertTrue(spans.stream().allMatch(span -> span.score().isPresent() && !span.source().isEmpty()), "every suggestion has a score and a source");

		SampleCorpus.copyGoldSpansTo(gold);
		out.reset();
		assertEquals(0, run("evaluate", "--gold", gold.toString(), "--predicted", output.toString()), errors());
		String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
		assertTrue(lines[lines.length - 1].matches("micro-F1 exact: 0\\.\\d{3}"), "last line: " + lines[lines.length - 1]);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("3 of 4 gold files have no predicted file"), errors());
	}

	@Test
	void evaluateOfGoldAgainstItselfIsPerfect() {
		assertEquals(0, run("evaluate", "--gold", gold.toString(), "--predicted", gold.toString()), errors());

		assertTrue(out.toString(StandardCharsets.UTF_8).strip().endsWith("micro-F1 exact: 1.000"), out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aSpanFileWithoutItsTextIsNamed() throws IOException {
		Path orphan = gold.resolve("999_missing" + SpansTsv.EXTENSION);
		Files.writeString(orphan, "begin\tend\tlabel\ttext\n0\t3\tLOC\tabc\n");

		assertEquals(1, suggest());
		assertTrue(errors().contains(orphan.toString()) && errors().contains("there is no text"), errors());
	}

	@Test
	void aSpanOutsideItsTextIsNamedWithItsLine() throws IOException {
		Path spans = gold.resolve(SampleCorpus.articleIds().get(0) + SpansTsv.EXTENSION);
		Files.writeString(spans, "begin\tend\tlabel\ttext\n4\t20\tLOC\tالولايات المتحدة\n999990\t999999\tLOC\tx\n");

		assertEquals(1, suggest());
		assertTrue(errors().contains(spans + " line 3: offsets 999990–999999 are not a span inside the article"), errors());
	}

	@Test
	void aTextColumnThatDoesNotMatchTheTextIsNamedWithItsLine() throws IOException {
		Path spans = gold.resolve(SampleCorpus.articleIds().get(0) + SpansTsv.EXTENSION);
		Files.writeString(spans, "begin\tend\tlabel\ttext\n4\t20\tLOC\tالمملكة المتحدة\n");

		assertEquals(1, suggest());
		assertTrue(errors().contains(spans + " line 2: the span 4–20 should cover 'المملكة المتحدة'"), errors());
	}

	@Test
	void unknownOptionsAndMissingFoldersAreUsageErrors() {
		assertEquals(2, run("suggest", "--trian", texts.toString()));
		assertTrue(errors().contains("Unknown option '--trian'"), errors());
		assertEquals(2, run("evaluate", "--gold", folder.resolve("nowhere").toString(), "--predicted", gold.toString()));
		assertTrue(errors().contains("nowhere: no such folder"), errors());
		assertEquals(2, run("frobnicate"));
	}

	private int suggest() {
		return run("suggest", "--train", texts.toString(), "--train-spans", gold.toString(), "--input", texts.toString(), "--output",
				folder.resolve("output").toString());
	}

	private int run(String... arguments) {
		return CommandLineApplication.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
